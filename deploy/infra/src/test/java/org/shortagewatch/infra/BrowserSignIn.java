package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a browser does when the portal sends it to sign in: cookies, forms, redirects; PKCE as quarkus-oidc does. */
final class BrowserSignIn {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    /** A page of the sign-in: its form (id and action), or the redirect that ends the sign-in. */
    record Page(int status, String formId, String action, String location, String body) {

        /** The value of the hidden input {@code name}. */
        String hidden(String name) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            assertTrue(m.find(), "an input " + name + " in\n" + body);
            return m.group(1);
        }
    }

    private final KeycloakServer keycloak;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Keycloak's cookies are Secure; browsers send those to http://localhost, java.net's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String redirectUri;
    private final String verifier;
    private final String state = Long.toHexString(new SecureRandom().nextLong());

    BrowserSignIn(KeycloakServer keycloak, String redirectUri) {
        this.keycloak = keycloak;
        this.redirectUri = redirectUri;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    URI authorizationRequest() throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        return URI.create(keycloak.authorizationUrl() + "?" + form(Map.of("client_id", DemoRealm.PORTAL.clientId(),
                "response_type", "code", "scope", "openid", "redirect_uri", redirectUri, "state", state,
                "code_challenge", challenge, "code_challenge_method", "S256")));
    }

    Page openLoginPage() throws Exception {
        return page(get(authorizationRequest()));
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    Page submit(Page page, Map<String, String> fields) throws Exception {
        assertNotNull(page.action, "a form to submit");
        return page(send(HttpRequest.newBuilder(URI.create(page.action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            if (setCookie.toLowerCase().contains("max-age=0") || pair.substring(eq + 1).isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair.substring(eq + 1));
            }
        }
        return response;
    }

    /** The form of the token request for the code the sign-in ended with (what quarkus-oidc posts). */
    Map<String, String> codeExchange(Page done) {
        assertNotNull(done.location, "the sign-in ends with a redirect to the portal (status " + done.status + ")");
        assertTrue(done.location.startsWith(redirectUri + "?"), done.location);
        Map<String, String> query = parseQuery(URI.create(done.location).getRawQuery());
        assertEquals(state, query.get("state"));
        assertNotNull(query.get("code"), done.location);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", query.get("code"));
        form.put("redirect_uri", redirectUri);
        form.put("client_id", DemoRealm.PORTAL.clientId());
        form.put("client_secret", DemoRealm.PORTAL.secret());
        form.put("code_verifier", verifier);
        return form;
    }

    String exchange(Page done) {
        return (String) keycloak.tokenRequest(codeExchange(done)).get("access_token");
    }

    private Page page(HttpResponse<String> response) throws Exception {
        // Keycloak's own redirects (e.g. to a required action) are followed, as a browser does
        while ((response.statusCode() == 302 || response.statusCode() == 303)
                && response.headers().firstValue("Location").orElseThrow().startsWith(keycloak.baseUrl() + "/")) {
            response = get(URI.create(response.headers().firstValue("Location").orElseThrow()));
        }
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            return new Page(response.statusCode(), null, null, response.headers().firstValue("Location").orElseThrow(),
                    response.body());
        }
        Matcher form = FORM.matcher(response.body());
        while (form.find()) {
            Matcher id = ID.matcher(form.group());
            Matcher action = ACTION.matcher(form.group());
            if (id.find() && id.group(1).startsWith("kc-") && action.find()) {
                return new Page(response.statusCode(), id.group(1), action.group(1).replace("&amp;", "&"), null,
                        response.body());
            }
        }
        throw new AssertionError("no sign-in form (status " + response.statusCode() + "):\n" + response.body());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
