package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.BrowserSignIn.Page;

/**
 * One real Keycloak, started from the distribution with the demo realm, and what the services and the portal rely on:
 * every demo user and machine client gets a token with its role in {@code groups} and its organisation in {@code org},
 * signed with a key of the realm's JWKS and issued by {@code http://localhost:<port>/realms/shortage-watch}; the
 * regulator and the admin need their TOTP code; the portal's sign-in is the authorization code flow with PKCE.
 */
class KeycloakServerTest {

    /** Every demo user (by the password grant) and every machine client (by the client credentials grant). */
    static final List<TokenHolder> TOKEN_HOLDERS = Stream.concat(
            DemoRealm.USERS.stream().map(user -> new TokenHolder(user.username(), server -> server.accessToken(user),
                    user.role(), user.org(), "preferred_username")),
            DemoRealm.MACHINE_CLIENTS.stream().map(client -> new TokenHolder(client.clientId(),
                    server -> server.accessToken(client), client.role(), client.org(), "azp"))).toList();

    static KeycloakServer keycloak;
    static JwtConsumer verifier;

    @BeforeAll
    static void start() throws Exception {
        keycloak = KeycloakServer.start(KeycloakServer.options().progress(System.out::println).build());
        verifier = new JwtConsumerBuilder()
                .setExpectedIssuer(keycloak.issuer())
                .setExpectedAudience(DemoRealm.API_AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(keycloak.jwksUrl())))
                .build();
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void discoveryNamesTheEndpointsTheServerReports() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.discoveryUrl())).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> discovery = JsonUtil.parseJson(response.body());
        assertEquals("http://localhost:" + keycloak.port() + "/realms/shortage-watch", keycloak.issuer());
        assertEquals(keycloak.issuer(), discovery.get("issuer"));
        assertEquals(keycloak.jwksUrl(), discovery.get("jwks_uri"));
        assertEquals(keycloak.tokenUrl(), discovery.get("token_endpoint"));
        assertEquals(keycloak.authorizationUrl(), discovery.get("authorization_endpoint"));
        assertEquals(keycloak.logoutUrl(), discovery.get("end_session_endpoint"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TOKEN_HOLDERS")
    void everyDemoUserAndMachineClientGetsAVerifiableTokenWithRoleAndOrg(TokenHolder holder) throws Exception {
        JwtClaims claims = verifier.processToClaims(holder.token().apply(keycloak));
        assertEquals(List.of(holder.role()), claims.getStringListClaimValue("groups"));
        assertEquals(holder.org(), claims.getStringClaimValue("org"));
        assertEquals(holder.name(), claims.getStringClaimValue(holder.nameClaim()));
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue(),
                "access tokens live five minutes");
    }

    @Test
    void theRegulatorAndTheAdminGetNoTokenWithoutTheirSecondFactor() {
        // one refused attempt per user: two failures within a second would lock the user for a minute (brute force)
        for (DemoRealm.User user : List.of(DemoRealm.REGULATOR, DemoRealm.REGULATOR2)) {
            assertTrue(user.twoFactorRequired());
            IllegalStateException missing = assertThrows(IllegalStateException.class,
                    () -> keycloak.tokenRequest(passwordGrant(user)));
            assertTrue(missing.getMessage().contains("invalid_grant"), missing.getMessage());
        }
        DemoRealm.User admin = DemoRealm.ADMIN;
        Map<String, String> form = passwordGrant(admin);
        String current = Totp.now(admin.totpSecret());
        form.put("totp", current.equals("000000") ? "111111" : "000000");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> keycloak.tokenRequest(form));
        assertTrue(wrong.getMessage().contains("invalid_grant"), wrong.getMessage());
    }

    @Test
    void aTokenFromAnotherIssuerOrSignedByAnotherKeyIsRefused() throws Exception {
        TokenIssuer stranger = TokenIssuer.generate(keycloak.issuer());
        String forged = stranger.mint("someone", "MFR001", Duration.ofMinutes(5), "manufacturer");
        assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(forged));
    }

    @Test
    void sessionsEndWhenIdleAndTokensAreRefreshable() throws Exception {
        Map<String, Object> answer = keycloak.tokenRequest(passwordGrant(DemoRealm.WHOLESALER));
        // the token's own lifetime: expires_in counts from the moment of answering and is 299 across a second's edge
        JwtClaims claims = verifier.processToClaims((String) answer.get("access_token"));
        assertEquals(300L, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertEquals(1800L, ((Number) answer.get("refresh_expires_in")).longValue(), "SSO session idle timeout");
        Map<String, Object> refreshed = keycloak.tokenRequest(Map.of("grant_type", "refresh_token",
                "client_id", DemoRealm.DEMO_CLI, "refresh_token", (String) answer.get("refresh_token")));
        assertNotNull(refreshed.get("access_token"));
    }

    @Test
    void demoFacilitiesHaveValidFacilityCodes() {
        assertTrue(FacilityCodes.isValid(DemoRealm.PHARMACY.org()));
        assertTrue(FacilityCodes.isValid(DemoRealm.HOSPITAL.org()));
    }

    // -------------------------------------------------------------------------------- the portal's browser sign-in

    @Test
    void thePharmacySignsInToThePortalWithItsPasswordAlone() throws Exception {
        BrowserSignIn signIn = new BrowserSignIn(keycloak, "http://localhost:8080/callback");
        Page login = signIn.openLoginPage();
        assertEquals("kc-form-login", login.formId());
        Page next = signIn.submit(login, Map.of("username", DemoRealm.PHARMACY.username(),
                "password", DemoRealm.PHARMACY.password(), "credentialId", ""));
        Map<String, Object> tokens = keycloak.tokenRequest(signIn.codeExchange(next));
        JwtClaims claims = verifier.processToClaims((String) tokens.get("access_token"));
        assertEquals(List.of("facility"), claims.getStringListClaimValue("groups"));
        assertEquals("1341234563", claims.getStringClaimValue("org"));
        assertEquals(DemoRealm.PORTAL.clientId(), claims.getStringClaimValue("azp"));

        // the ID token (where quarkus-oidc takes a web app's roles from) carries role and organisation too
        JwtClaims id = new JwtConsumerBuilder().setExpectedIssuer(keycloak.issuer())
                .setExpectedAudience(DemoRealm.PORTAL.clientId())
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(keycloak.jwksUrl())))
                .build().processToClaims((String) tokens.get("id_token"));
        assertEquals(List.of("facility"), id.getStringListClaimValue("groups"));
        assertEquals("1341234563", id.getStringClaimValue("org"));
    }

    @Test
    void theRegulatorMustGiveTheTotpCodeAfterThePassword() throws Exception {
        BrowserSignIn signIn = new BrowserSignIn(keycloak, "http://127.0.0.1:43210/portal/callback");
        Page login = signIn.openLoginPage();
        Page otp = signIn.submit(login, Map.of("username", DemoRealm.REGULATOR.username(),
                "password", DemoRealm.REGULATOR.password(), "credentialId", ""));
        assertEquals("kc-otp-login-form", otp.formId(), "the second step asks for the one-time code");
        assertTrue(otp.location() == null, "no code before the second factor");

        Page done = signIn.submit(otp, Map.of("otp", keycloak.totpCode(DemoRealm.REGULATOR)));
        JwtClaims claims = verifier.processToClaims(signIn.exchange(done));
        assertEquals(List.of("regulator"), claims.getStringListClaimValue("groups"));
        assertEquals("MHLW", claims.getStringClaimValue("org"));
    }

    @Test
    void aNewRegulatorMustSetUpTotpAtTheFirstSignIn() throws Exception {
        // an administrator adds a regulator who has no second factor yet (through Keycloak's admin API)
        String admin = keycloak.adminToken();
        String user = """
                {"username": "regulator-new", "enabled": true, "email": "regulator-new@mhlw.example.jp",
                 "emailVerified": true, "firstName": "新", "lastName": "任", "attributes": {"org": ["MHLW"]},
                 "groups": ["/regulator"],
                 "credentials": [{"type": "password", "value": "demo-regulator-new", "temporary": false}]}""";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(keycloak.baseUrl() + "/admin/realms/" + DemoRealm.NAME + "/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());

        BrowserSignIn signIn = new BrowserSignIn(keycloak, "http://localhost:8080/callback");
        Page setUp = signIn.submit(signIn.openLoginPage(), Map.of("username", "regulator-new",
                "password", "demo-regulator-new", "credentialId", ""));
        assertEquals("kc-totp-settings-form", setUp.formId(), "the password alone does not sign a regulator in");

        // the authenticator app's part: the code of the secret the page offers
        String secret = setUp.hidden("totpSecret");
        Page done = signIn.submit(setUp, Map.of("totpSecret", secret, "userLabel", "test",
                "totp", Totp.code(secret.getBytes(StandardCharsets.UTF_8), Instant.now())));
        JwtClaims claims = verifier.processToClaims(signIn.exchange(done));
        assertEquals(List.of("regulator"), claims.getStringListClaimValue("groups"));
        assertEquals("MHLW", claims.getStringClaimValue("org"));
    }

    @Test
    void thePortalRefusesRedirectsBeyondLocalhostAndCodesWithoutTheirVerifier() throws Exception {
        BrowserSignIn elsewhere = new BrowserSignIn(keycloak, "https://portal.example.org/callback");
        HttpResponse<String> refused = elsewhere.get(elsewhere.authorizationRequest());
        assertEquals(400, refused.statusCode());
        assertFalse(refused.body().contains("kc-form-login"), "no login form for a foreign redirect URI");

        BrowserSignIn signIn = new BrowserSignIn(keycloak, "http://localhost:8080/callback");
        Page login = signIn.openLoginPage();
        Page next = signIn.submit(login, Map.of("username", DemoRealm.MANUFACTURER.username(),
                "password", DemoRealm.MANUFACTURER.password(), "credentialId", ""));
        Map<String, String> form = signIn.codeExchange(next);
        form.put("code_verifier", "a-verifier-that-does-not-match-the-challenge-0123456789abcdef");
        IllegalStateException wrongVerifier = assertThrows(IllegalStateException.class, () -> keycloak.tokenRequest(form));
        assertTrue(wrongVerifier.getMessage().contains("invalid_grant"), wrongVerifier.getMessage());
    }

    private static Map<String, String> passwordGrant(DemoRealm.User user) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DemoRealm.DEMO_CLI);
        form.put("username", user.username());
        form.put("password", user.password());
        return form;
    }

    /**
     * A demo user or machine client: how it gets its access token, and what the token must say of it (its role in
     * {@code groups}, its organisation in {@code org}, its name in {@code nameClaim}).
     */
    record TokenHolder(String name, Function<KeycloakServer, String> token, String role, String org, String nameClaim) {

        @Override
        public String toString() {
            return name;
        }
    }
}
