package org.shortagewatch.local;

import java.util.Map;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.PostgresServer;

/**
 * What a service's process is told of its {@link LocalStack}: where Kafka, PostgreSQL, the tokens' keys and SMTP
 * are, as the same environment variables a container gets (deploy/compose, deploy/k8s).
 */
final class ServiceEnvironment {

    private final LocalStack stack;

    ServiceEnvironment(LocalStack stack) {
        this.stack = stack;
    }

    void put(StackService service, Map<String, String> env) {
        if (service.database() == null) {
            portal(env);
            return;
        }
        StackInfrastructure infrastructure = stack.infrastructure();
        int postgresPort = infrastructure.servicesPostgresPort();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.servicesKafkaBootstrapServers());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", PostgresServer.reactiveUrl(postgresPort, service.database()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresServer.jdbcUrl(postgresPort, service.database()));
        // least privilege, as in production: Flyway migrates as the owner, the pool connects as a role that owns nothing
        env.put("QUARKUS_FLYWAY_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_FLYWAY_PASSWORD", PostgresServer.PASSWORD);
        env.put("QUARKUS_DATASOURCE_USERNAME", service.runtimeRole());
        env.put("QUARKUS_DATASOURCE_PASSWORD", service.runtimeRole());
        if (stack.hasKeycloak()) {
            // the real OpenID Connect provider: its issuer and its published keys
            KeycloakServer keycloak = stack.keycloak();
            env.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
        } else {
            env.put("MP_JWT_VERIFY_ISSUER", stack.tokens().issuer());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", stack.jwksFile().toUri().toString());
        }
        if (service.name().equals(LocalStack.NOTIFICATION)) {
            // the developer stack's SMTP address (Mailpit's port); mail waits in the ledger until one listens there
            env.put("QUARKUS_MAILER_HOST", "localhost");
            env.put("QUARKUS_MAILER_PORT", "1025");
        }
    }

    /**
     * What the portal needs (services/portal/README.md, "Configuration"): Keycloak's issuer and the portal client's
     * secret, and where the three services answer (their first instances). Their ports are fixed by the time the
     * portal launches.
     */
    private void portal(Map<String, String> env) {
        env.put("SHORTAGEWATCH_OIDC_ISSUER", stack.keycloak().issuer());
        env.put("SHORTAGEWATCH_OIDC_CLIENT_SECRET", DemoRealm.PORTAL.secret());
        env.put("QUARKUS_REST_CLIENT_REPORT_URL", stack.serviceUrl(LocalStack.MANUFACTURER_REPORT).toString());
        env.put("QUARKUS_REST_CLIENT_ALLOCATION_URL", stack.serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString());
        env.put("QUARKUS_REST_CLIENT_NOTIFICATION_URL", stack.serviceUrl(LocalStack.NOTIFICATION).toString());
    }
}
