package org.shortagewatch.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.runtime.LaunchMode;

/**
 * What no service may start without in production: where its database, its broker and its token issuer are. A
 * service's {@code main} checks them before Quarkus starts, so a forgotten variable stops the start at once, with
 * one message naming every missing one, before anything connects anywhere. (In the prod profile the properties
 * also have no default but their variable, {@code %prod.kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS}}: nothing
 * ever falls back to the developer stack's addresses or passwords.)
 *
 * <p>Only the prod profile (the packaged jar's default) is checked; {@code QUARKUS_PROFILE=dev} or tests are not.
 */
public final class ProductionSettings {

    /** Every service's required settings: environment variable, and what it says. */
    public static final Map<String, String> COMMON = linked(
            "QUARKUS_DATASOURCE_REACTIVE_URL", "the service's database, postgresql://host:5432/name",
            "QUARKUS_DATASOURCE_JDBC_URL", "the same database for migrations, jdbc:postgresql://host:5432/name",
            "QUARKUS_DATASOURCE_USERNAME", "the database role the service connects as",
            "QUARKUS_DATASOURCE_PASSWORD", "that role's password",
            "KAFKA_BOOTSTRAP_SERVERS", "the Kafka brokers, host:port[,host:port]",
            "MP_JWT_VERIFY_ISSUER", "the OpenID Connect issuer whose tokens are accepted",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "that issuer's key set (JWKS) URL");

    private ProductionSettings() {
    }

    /**
     * Exits with status 2 and a message naming each missing setting when the prod profile is active and one of
     * {@link #COMMON} or {@code extra} is neither an environment variable nor the corresponding system property.
     */
    public static void requireOrExit(String service, Map<String, String> extra) {
        List<String> missing = missing(System::getenv, System::getProperty, activeProfile(), extra);
        if (!missing.isEmpty()) {
            System.err.println(service + " cannot start in production: required setting(s) missing:");
            missing.forEach(line -> System.err.println("  " + line));
            System.err.println("Set them in the environment (docs/operations.md lists every setting), "
                    + "or run with QUARKUS_PROFILE=dev against the developer stack.");
            System.exit(2);
        }
    }

    /** The missing settings, each as "VARIABLE: what it says"; empty outside the prod profile. */
    static List<String> missing(Function<String, String> env, Function<String, String> systemProperties,
            String profile, Map<String, String> extra) {
        List<String> missing = new ArrayList<>();
        if (!List.of(profile.split(",")).contains("prod")) {
            return missing;
        }
        Map<String, String> required = new LinkedHashMap<>(COMMON);
        required.putAll(extra);
        required.forEach((variable, meaning) -> {
            String property = variable.toLowerCase().replace('_', '.');
            if (blank(env.apply(variable)) && blank(systemProperties.apply(property))) {
                missing.add(variable + ": " + meaning);
            }
        });
        return missing;
    }

    private static String activeProfile() {
        if (LaunchMode.current().isDevOrTest()) {
            return LaunchMode.current().getDefaultProfile();
        }
        String profile = System.getProperty("quarkus.profile");
        if (blank(profile)) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        return blank(profile) ? "prod" : profile;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
