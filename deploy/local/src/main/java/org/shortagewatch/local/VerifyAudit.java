package org.shortagewatch.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakTokens;
import org.shortagewatch.infra.TokenIssuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code deploy/local/audit-verify}: asks every service of the running local system to verify its audit trail's hash
 * chain ({@code GET /api/v1/audit/verification}, as an admin) and prints, per service, that it is intact or the first
 * broken link; exits 0 when every chain is intact, 1 otherwise.
 *
 * <p>The admin's token is the one the run trusts: Keycloak's demo admin (with its one-time code) while Keycloak runs,
 * the local signing key's otherwise ({@code deploy/local/run --without-keycloak}).
 */
public final class VerifyAudit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private VerifyAudit() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty(RunLocal.ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
        String token = adminToken("http://localhost:" + StackOptions.STANDARD_KEYCLOAK_PORT,
                root.resolve(".local").resolve("auth"));
        boolean intact = verify(name -> URI.create("http://localhost:" + StackService.named(name).defaultPort()),
                token, System.out);
        System.exit(intact ? 0 : 1);
    }

    /**
     * An admin's token for the run: from the Keycloak at {@code keycloak} when one listens there, else one signed with
     * the local run's key in {@code auth}. A Keycloak that refuses the demo admin is an error, not a run without it.
     */
    static String adminToken(String keycloak, Path auth) {
        try {
            return new KeycloakTokens(keycloak).accessToken(DemoRealm.ADMIN);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof IOException)) {
                throw e;
            }
        }
        try {
            return TokenIssuer.loadOrCreate(auth, TokenIssuer.DEFAULT_ISSUER)
                    .mint("admin@ops", "ops", Duration.ofMinutes(5), "admin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Verifies each service's chain, printing a line per service; true when every one answered intact. */
    static boolean verify(Function<String, URI> serviceUrl, String token, PrintStream out) {
        boolean intact = true;
        for (StackService service : LocalStack.SERVICES) {
            String line;
            try {
                JsonNode result = verification(serviceUrl.apply(service.name()), token);
                line = describe(result);
                intact &= result.path("intact").asBoolean(false);
            } catch (IOException | IllegalStateException e) {
                line = "not verified: " + e.getMessage() + " (is deploy/local/run running?)";
                intact = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            out.println(service.name() + ": " + line);
        }
        return intact;
    }

    /** One service's verdict in words: "intact, 120 rows checked" or the first broken row and why. */
    static String describe(JsonNode result) {
        String pending = result.path("rowsPending").asLong() > 0
                ? " (" + result.path("rowsPending").asLong() + " rows not linked yet)" : "";
        if (result.path("intact").asBoolean(false)) {
            return "intact, " + result.path("rowsChecked").asLong() + " rows checked" + pending;
        }
        return "BROKEN at audit row " + result.path("firstBrokenId").asText() + ": " + result.path("reason").asText()
                + pending;
    }

    private static JsonNode verification(URI service, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.resolve("/api/v1/audit/verification"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
