package de.agency.integration.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ResponseConformance} in front of every REST Assured call of every {@code @QuarkusTest}. */
public class ResponseConformanceCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ResponseConformance.INSTANCE)) {
            RestAssured.filters(ResponseConformance.INSTANCE);
        }
    }
}
