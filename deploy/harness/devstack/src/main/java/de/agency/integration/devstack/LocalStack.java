package de.agency.integration.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole system on one machine without Docker: a real PostgreSQL with one database per service, a real Kafka
 * broker in KRaft mode with the three topics, the real Keycloak with realm {@code agency}, and the four services,
 * each started once its dependencies are ready. {@link #close()} stops everything, services first.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> TOPICS = List.of("case-events", "case-customers", "inga-events", "access-events");

    private final StackPorts ports;
    private final Path workDirectory;
    private final Installation installation;
    private final List<QuarkusService> services = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<String, Map<String, String>> overrides = new HashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private Duration startup;
    private ServiceJvm jvm = ServiceJvm.LOCAL;

    private LocalStack(StackPorts ports, Path workDirectory, Installation installation) {
        this.ports = ports;
        this.workDirectory = workDirectory.toAbsolutePath();
        this.installation = installation;
        Path root = installation.repositoryRoot();
        services.add(new QuarkusService("case-service", 1, root, ports.caseService()));
        services.add(new QuarkusService("inga-service", 1, root, ports.ingaService()));
        services.add(new QuarkusService("access-service", 1, root, ports.accessService()));
        services.add(new QuarkusService("reporting-service", 1, root, ports.reportingService()));
    }

    /** The stack on the ports of DESIGN.md, not started yet. */
    public static LocalStack standard(Path workDirectory) {
        return new LocalStack(StackPorts.standard(), workDirectory, Installation.locate());
    }

    /** The stack on free ports, so that it can run beside another one (tests), not started yet. */
    public static LocalStack onFreePorts(Path workDirectory) {
        return new LocalStack(StackPorts.free(), workDirectory, Installation.locate());
    }

    /**
     * Configuration of one service beyond the stack's own, e.g. a short retention for a test; before {@link #start}.
     */
    public LocalStack configure(String service, Map<String, String> configuration) {
        overrides.computeIfAbsent(service, name -> new HashMap<>()).putAll(configuration);
        return this;
    }

    /**
     * Runs {@code count} instances of every service against the same databases and Kafka, as replicas of a
     * Kubernetes deployment would; the further ones on free ports. Before {@link #start}.
     */
    public LocalStack withReplicas(int count) {
        Path root = installation.repositoryRoot();
        List<String> names = serviceNames();
        for (int replica = 2; replica <= count; replica++) {
            for (String name : names) {
                services.add(new QuarkusService(name, replica, root, StackPorts.freePort()));
            }
        }
        return this;
    }

    /** The JVM settings of the services ({@link ServiceJvm#LOCAL} unless set); before {@link #start}. */
    public LocalStack withJvm(ServiceJvm settings) {
        this.jvm = settings;
        return this;
    }

    public ServiceJvm jvm() {
        return jvm;
    }

    /** Starts every server and waits until all are ready; on failure stops what was started. */
    public LocalStack start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        Instant begin = Instant.now();
        Path logs = workDirectory.resolve("logs");
        keycloak = new KeycloakServer(installation.keycloakHome(), installation.realmFile(),
                Map.of("REPORTING_DASHBOARD_URL", "http://localhost:" + ports.reportingService()), logs, ports.keycloak());
        keycloak.start();
        postgres = PostgresServer.start(workDirectory.resolve("postgres"), ports.postgres());
        postgres.createDatabases(services.stream().map(QuarkusService::database).distinct().toList());
        kafka = new KafkaBroker(workDirectory.resolve("kafka"), ports.kafka(), ports.kafkaController());
        kafka.format();
        kafka.start();
        kafka.createTopics(TOPICS, 3);
        keycloak.awaitReady();
        services.forEach(service -> service.start(jvm, configurationOf(service), logs));
        CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(service::awaitReady))
                        .toArray(CompletableFuture[]::new))
                .join();
        new DemoData().enter(tokenEndpoint(), serviceUrl("access-service"), serviceUrl("case-service"));
        startup = Duration.between(begin, Instant.now());
    }

    private Map<String, String> configurationOf(QuarkusService service) {
        String database = service.database();
        Map<String, String> configuration = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.oidc.auth-server-url", keycloak.issuer()));
        if (service.name().equals("access-service")) {
            configuration.put("quarkus.keycloak.admin-client.server-url", keycloak.url());
            configuration.put("quarkus.keycloak.admin-client.client-secret",
                    KeycloakServer.demoClientSecret(service.name()));
        }
        if (service.name().equals("reporting-service")) {
            // REPORTING_OIDC_CLIENT_SECRET, the variable ops set (reporting-service README)
            configuration.put("reporting.oidc.client.secret", KeycloakServer.demoClientSecret(service.name()));
        }
        if (service.name().equals("inga-service")) {
            configuration.put("inga.protected-note.keys", "local1:" + LocalSecrets.protectedNoteKey(workDirectory));
            configuration.put("inga.protected-note.active-key", "local1");
        }
        configuration.putAll(overrides.getOrDefault(service.name(), Map.of()));
        return configuration;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of a service's database; its login and password are the database's name (demo only). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /**
     * Restarts PostgreSQL: a fast shutdown (open sessions end, their transactions roll back), the given time down, a
     * start on the same port and data.
     */
    public void restartPostgres(Duration downtime) {
        postgres.restart(downtime);
    }

    /** Freezes Keycloak (SIGSTOP): it accepts no request until {@link #resumeKeycloak()}, as behind a broken network. */
    public void suspendKeycloak() {
        keycloak.process().suspend();
    }

    public void resumeKeycloak() {
        keycloak.process().resume();
    }

    /** Kills one replica of a service at once (SIGKILL), as a crash would; {@code replica} counts from 1. */
    public void killReplica(String name, int replica) {
        instance(name, replica).kill();
    }

    /** Starts a killed or stopped replica again with its configuration and port, and waits until it is ready. */
    public void restartReplica(String name, int replica) {
        instance(name, replica).restart();
    }

    /**
     * Stops one replica and starts it again with these JVM settings and this configuration beyond its own (e.g. a
     * lever switched off for a comparison); {@code restartReplica(name, replica, jvm(), Map.of())} returns it to its
     * own. Waits until it is ready.
     */
    public void restartReplica(String name, int replica, ServiceJvm settings, Map<String, String> configuration) {
        instance(name, replica).restart(settings, configuration);
    }

    /**
     * As {@link #restartReplica(String, int, ServiceJvm, Map)}, but running another build of the service: the
     * {@code quarkus-app} directory a package of another commit made (e.g. a baseline for a lever in code).
     */
    public void restartReplicaFrom(Path application, String name, int replica, ServiceJvm settings,
                                   Map<String, String> configuration) {
        instance(name, replica).restart(settings, configuration, application.resolve("quarkus-run.jar"));
    }

    /** Writes an AOT cache of one replica's service trained by its start alone (JDK 25 or newer), as an image's is. */
    public void trainAotCacheByStart(String name, int replica, Path cache) {
        instance(name, replica).trainAotCacheByStart(cache);
    }

    private QuarkusService instance(String name, int replica) {
        return services.stream().filter(s -> s.name().equals(name) && s.replica() == replica).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No replica " + replica + " of " + name));
    }

    /** How long each instance took from its process start to ready, at its last start (e.g. all four together). */
    public Map<String, Duration> readyAfter() {
        Map<String, Duration> times = new LinkedHashMap<>();
        services.forEach(s -> times.put(s.instanceName(), s.readyAfter()));
        return times;
    }

    /** The operating system's handle of a running instance (e.g. its CPU time), by {@link #instanceNames() name}. */
    public ProcessHandle process(String instanceName) {
        return services.stream().filter(s -> s.instanceName().equals(instanceName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + instanceName)).process().handle();
    }

    /** Kills the Kafka broker at once, as a crash would. */
    public void killKafka() {
        kafka.kill();
    }

    /** Starts the Kafka broker again on the same port with the data it had. */
    public void restartKafka() {
        kafka.start();
    }

    /** The names of the four services, in start order. */
    public List<String> serviceNames() {
        return services.stream().map(QuarkusService::name).distinct().toList();
    }

    /** Every running instance by name, e.g. {@code case-service} and {@code case-service-2}; its log is {@code <name>.log}. */
    public List<String> instanceNames() {
        return services.stream().map(QuarkusService::instanceName).toList();
    }

    /** The URL of the service's first replica. */
    public String serviceUrl(String name) {
        return replicaUrls(name).get(0);
    }

    /** The URLs of all replicas of the service, the first replica's first. */
    public List<String> replicaUrls(String name) {
        List<String> urls = services.stream().filter(s -> s.name().equals(name)).map(QuarkusService::url).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("No service " + name);
        }
        return urls;
    }

    /** User name and password of the administrator of Keycloak's master realm. */
    public static final String KEYCLOAK_ADMIN = KeycloakServer.ADMIN_USER;
    public static final String KEYCLOAK_ADMIN_PASSWORD = KeycloakServer.ADMIN_PASSWORD;

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String tokenEndpoint() {
        return keycloak.issuer() + "/protocol/openid-connect/token";
    }

    public Duration startupTime() {
        return startup;
    }

    /** Resident memory (RSS) of each server process in kB; PostgreSQL runs inside the launcher's process tree. */
    public Map<String, Long> residentMemoryKb() {
        Map<String, Long> memory = new LinkedHashMap<>();
        memory.put("keycloak", keycloak.process().residentKb());
        memory.put("kafka", kafka.process().residentKb());
        services.forEach(s -> memory.put(s.instanceName(), s.process().residentKb()));
        return memory;
    }

    /** What a person needs to use the stack: every URL and how to get a token. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Local stack ready in ").append(startup.toSeconds()).append(" s. Resident memory: ");
        residentMemoryKb().forEach((name, kb) -> text.append(name).append(' ').append(kb / 1024).append(" MB  "));
        text.append("\n\n");
        for (QuarkusService service : services) {
            text.append(String.format("  %-18s %s   Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi%n",
                    service.instanceName(), service.url(), service.url(), service.url()));
        }
        text.append(String.format("  %-18s %s/%n", "dashboard", serviceUrl("reporting-service")));
        text.append(String.format("  %-18s %s/admin  (admin console: %s / %s, demo only)%n", "Keycloak",
                keycloak.url(), KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD));
        text.append(String.format("  %-18s %s%n", "Kafka", kafka.bootstrapServers()));
        text.append(String.format("  %-18s %s (user postgres; one database per service)%n", "PostgreSQL",
                postgres.jdbcUrl("postgres")));
        text.append(String.format("  %-18s %s%n%n", "logs", workDirectory.resolve("logs")));
        text.append("Demo users (password 'demo', demo only): counsellor, inga-counsellor, teamlead, viewer, access-admin, ")
                .append("reporting-admin, dpo;\ncounsellor and inga-counsellor counsel in team ").append(DemoData.TEAM)
                .append(", teamlead leads it; reporting-admin rebuilds the reports; dpo is the data protection officer ")
                .append("(deploy/privacy-export.sh <customerNumber>)\n");
        text.append("Get a token:\n  TOKEN=$(curl -s -d grant_type=password -d client_id=agency-cli -d username=counsellor"
                + " -d password=demo ").append(tokenEndpoint()).append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        text.append("Open a case:\n  curl -i -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '")
                .append("{\"customerNumber\":\"123A456789\",\"legalDomain\":\"SGB_III\",\"agency\":\"311\",\"team\":\"X90-311-INGA1\",")
                .append("\"counsellor\":\"counsellor\"}' ").append(serviceUrl("case-service")).append("/cases\n");
        text.append("\nCtrl-C stops everything.\n");
        return text.toString();
    }

    /** Stops everything that runs, services first; safe to call more than once and during {@link #start()}. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        services.forEach(QuarkusService::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
