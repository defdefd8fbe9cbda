package de.agency.integration.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.client.cases.api.CasesApi;
import de.agency.integration.client.cases.api.CataloguesApi;
import de.agency.integration.client.cases.api.GoalAndStrategiesApi;
import de.agency.integration.client.cases.api.ProfilingApi;
import de.agency.integration.client.cases.model.ActionStrategyView;
import de.agency.integration.client.cases.model.CaseView;
import de.agency.integration.client.cases.model.GoalKind;
import de.agency.integration.client.cases.model.GoalRequest;
import de.agency.integration.client.cases.model.LegalDomain;
import de.agency.integration.client.cases.model.NeedRequest;
import de.agency.integration.client.cases.model.NeedView;
import de.agency.integration.client.cases.model.OpenCaseRequest;
import de.agency.integration.client.cases.model.Phase;
import de.agency.integration.client.cases.model.ProfilingRequest;
import de.agency.integration.client.cases.model.StrategiesRequest;
import de.agency.integration.client.cases.model.StrategyChoice;
import de.agency.integration.client.inga.ApiException;
import de.agency.integration.client.inga.api.EnrollmentsApi;
import de.agency.integration.client.inga.model.ContactForm;
import de.agency.integration.client.inga.model.ContactRequest;
import de.agency.integration.client.inga.model.ContactView;
import de.agency.integration.client.inga.model.EnrollmentRequest;
import de.agency.integration.client.inga.model.EnrollmentStatus;
import de.agency.integration.client.inga.model.EnrollmentView;
import de.agency.integration.client.inga.model.ExitRequest;
import de.agency.integration.client.inga.model.Problem;
import de.agency.integration.devstack.DemoData;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A case carried from opening to the exit from Inga by an agency system that knows the services only through the
 * clients generated from their OpenAPI documents (module api-clients) and a bearer token from Keycloak.
 */
final class GeneratedClientJourney {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Berlin");

    private final Function<String, String> serviceUrl;
    private final Function<String, String> token;

    /**
     * @param serviceUrl the base URL of a service of the running stack, by name
     * @param token      a fresh access token from Keycloak, by demo user
     */
    GeneratedClientJourney(Function<String, String> serviceUrl, Function<String, String> token) {
        this.serviceUrl = serviceUrl;
        this.token = token;
    }

    void run() throws Exception {
        var cases = caseClient("counsellor");
        CaseView opened = new CasesApi(cases).openCase(new OpenCaseRequest()
                .customerNumber(DemoData.customerNumber()).legalDomain(LegalDomain.SGB_III)
                .agency("311").team(DemoData.TEAM).counsellor("counsellor"), UUID.randomUUID().toString());
        assertEquals(Phase.PROFILING, opened.getPhase());
        UUID caseId = opened.getId();

        ProfilingApi profiling = new ProfilingApi(cases);
        profiling.recordProfiling(caseId, new ProfilingRequest().strengths(List.of("Reliable"))
                .needs(List.of(new NeedRequest().dimension("QUALIFICATION").description("No degree"),
                        new NeedRequest().dimension("LABOUR_MARKET_CONDITIONS").description("Few openings nearby")))
                .conclusion("Long-term support needed"), null);
        CaseView profiled = new CasesApi(cases).getCase(caseId);
        CaseView completed = profiling.completeProfiling(caseId, "\"" + profiled.getVersion() + "\"");
        assertEquals(Phase.GOAL_SETTING, completed.getPhase());
        assertEquals("DEVELOPMENT", completed.getProfileCategory());

        GoalAndStrategiesApi planning = new GoalAndStrategiesApi(cases);
        CaseView goalAgreed = planning.agreeGoal(caseId, new GoalRequest().kind(GoalKind.TARGET_OCCUPATION)
                .description("Warehouse clerk").targetDate(LocalDate.now(AGENCY_ZONE).plusMonths(6)), null);
        assertEquals(Phase.STRATEGY_SELECTION, goalAgreed.getPhase());
        NeedView qualification = goalAgreed.getNeeds().stream()
                .filter(need -> "QUALIFICATION".equals(need.getDimension())).findFirst().orElseThrow();
        ActionStrategyView strategy = new CataloguesApi(cases).listActionStrategies().stream()
                .filter(candidate -> "QUALIFICATION".equals(candidate.getDimension())).findFirst().orElseThrow();
        CaseView implementing = planning.selectStrategies(caseId, new StrategiesRequest().strategies(List.of(
                new StrategyChoice().strategy(strategy.getCode()).needId(qualification.getId()))), null);
        assertEquals(Phase.IMPLEMENTATION_AND_FOLLOW_UP, implementing.getPhase());

        EnrollmentsApi enrollments = new EnrollmentsApi(ingaClient("inga-counsellor"));
        // inga-service learns of the case and its profile category from case-events
        EnrollmentView enrolled = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreException(ApiException.class)
                .until(() -> enrollments.enrollCustomer(new EnrollmentRequest().caseId(caseId), null), e -> true);
        assertEquals(EnrollmentStatus.OPEN, enrolled.getStatus());
        assertEquals(caseId, enrolled.getCaseId());

        ContactView contact = enrollments.recordContact(enrolled.getId(), new ContactRequest().form(ContactForm.PHONE)
                .date(LocalDate.now(AGENCY_ZONE)), UUID.randomUUID().toString(), null);
        assertNotNull(contact.getId());
        assertEquals(1, enrollments.listContacts(enrolled.getId()).size());

        ApiException refused = assertThrows(ApiException.class, () -> enrollments.exitEnrollment(enrolled.getId(),
                new ExitRequest().reason("BORED"), null));
        assertEquals(422, refused.getCode());
        Problem problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(422, problem.getStatus());
        assertEquals("EXIT_REASON_FROM_CATALOGUE", problem.getRule());

        EnrollmentView current = enrollments.getEnrollment(enrolled.getId());
        EnrollmentView ended = enrollments.exitEnrollment(enrolled.getId(),
                new ExitRequest().reason("INTEGRATED_EMPLOYMENT"), "\"" + current.getVersion() + "\"");
        assertEquals(EnrollmentStatus.ENDED, ended.getStatus());
        assertEquals("INTEGRATED_EMPLOYMENT", ended.getExitReason());
    }

    private de.agency.integration.client.cases.ApiClient caseClient(String user) {
        var client = new de.agency.integration.client.cases.ApiClient();
        client.updateBaseUri(serviceUrl.apply("case-service"));
        client.setRequestInterceptor(bearer(user));
        return client;
    }

    private de.agency.integration.client.inga.ApiClient ingaClient(String user) {
        var client = new de.agency.integration.client.inga.ApiClient();
        client.updateBaseUri(serviceUrl.apply("inga-service"));
        client.setRequestInterceptor(bearer(user));
        return client;
    }

    private Consumer<HttpRequest.Builder> bearer(String user) {
        String accessToken = token.apply(user);
        return request -> request.header("Authorization", "Bearer " + accessToken);
    }
}
