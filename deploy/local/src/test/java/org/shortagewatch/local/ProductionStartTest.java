package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A service started in production (the packaged jar's default profile) without one of its required settings stops
 * at once, naming the missing variable, instead of falling back to the developer stack's addresses.
 */
class ProductionStartTest {

    @ParameterizedTest
    @ValueSource(strings = {LocalStack.MANUFACTURER_REPORT, LocalStack.WHOLESALER_ALLOCATION, LocalStack.NOTIFICATION})
    void aServiceWithoutItsBrokerAddressDoesNotStartAndSaysWhatIsMissing(String service) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", LocalStack.SERVICES.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow()
                        .jar(root).toString())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("KAFKA_")
                || name.startsWith("MP_JWT_"));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://db.example:5432/x");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db.example:5432/x");
        env.put("QUARKUS_DATASOURCE_USERNAME", "shortagewatch");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "secret");
        env.put("MP_JWT_VERIFY_ISSUER", "https://id.example/realms/shortage-watch");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://id.example/realms/shortage-watch/protocol/openid-connect/certs");
        env.put("QUARKUS_MAILER_HOST", "smtp.example");
        env.put("QUARKUS_MAILER_PORT", "587");

        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped at once");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("KAFKA_BOOTSTRAP_SERVERS"), "names the missing variable: " + output);
        assertFalse(output.contains("MP_JWT_VERIFY_ISSUER:"), "and only what is missing: " + output);
    }
}
