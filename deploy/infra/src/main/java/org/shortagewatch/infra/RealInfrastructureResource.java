package org.shortagewatch.infra;

import java.util.Map;

import org.shortagewatch.infra.coverage.AnsweredRequests;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test at a real Kafka broker and a real PostgreSQL database, both running in the test JVM.
 * With {@code -Dshortagewatch.test.infra=devservices} (the Maven profile {@code testcontainers}) it steps aside
 * and lets Quarkus Dev Services start containers instead.
 *
 * <p>Init argument {@code database}: the database the service under test owns (default {@code app}).
 *
 * <p>It also starts recording what the tests ask and how they are answered ({@link AnsweredRequests}), for the
 * module's operation-coverage test: every test of a service goes through here.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        AnsweredRequests.install();
        TokenIssuer tokens = TestTokens.issuer();
        Map<String, String> auth = Map.of(
                "mp.jwt.verify.issuer", tokens.issuer(),
                "mp.jwt.verify.publickey.location", TestTokens.jwksFile().toUri().toString());
        if ("devservices".equals(System.getProperty("shortagewatch.test.infra"))) {
            return auth;
        }
        TestInfrastructure infra = TestInfrastructure.get();
        PostgresServer pg = infra.postgres();
        Unchecked.get(() -> {
            pg.ensureDatabase(database);
            return null;
        });
        Map<String, String> config = new java.util.HashMap<>(auth);
        config.putAll(Map.of(
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD));
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; stopped at JVM exit
    }
}
