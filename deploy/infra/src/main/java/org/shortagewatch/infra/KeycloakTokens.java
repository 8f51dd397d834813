package org.shortagewatch.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Fetches tokens of the demo realm from a running Keycloak (one a {@link KeycloakServer} started, or the local run's):
 * the password grant of {@value DemoRealm#DEMO_CLI} with the user's TOTP code where the realm requires one, and the
 * client credentials grant of the machine clients. Demo only: the password grant exists for scripts and tests.
 */
public final class KeycloakTokens {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();

    /** Tokens from the Keycloak at {@code baseUrl}, e.g. {@code http://localhost:8180}. */
    public KeycloakTokens(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String tokenUrl() {
        return baseUrl + "/realms/" + DemoRealm.NAME + "/protocol/openid-connect/token";
    }

    /**
     * An access token for a demo user, with the password grant of {@value DemoRealm#DEMO_CLI} and, for a user with a
     * TOTP secret, a {@linkplain #totpCode fresh code}. If Keycloak refuses that code because another process used it
     * already (each code is good once), this tries once more with the next one.
     */
    public String accessToken(DemoRealm.User user) {
        try {
            return (String) tokenRequest(passwordGrant(user)).get("access_token");
        } catch (IllegalStateException refused) {
            if (user.totpSecret() == null || !refused.getMessage().contains("invalid_grant")) {
                throw refused;
            }
            try {
                // two failures within a second would lock the user for a minute (brute-force protection)
                Thread.sleep(1100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw refused;
            }
            return (String) tokenRequest(passwordGrant(user)).get("access_token");
        }
    }

    private Map<String, String> passwordGrant(DemoRealm.User user) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DemoRealm.DEMO_CLI);
        form.put("username", user.username());
        form.put("password", user.password());
        form.put("scope", "openid");
        if (user.totpSecret() != null) {
            form.put("totp", totpCode(user));
        }
        return form;
    }

    /**
     * A TOTP code for the demo user that Keycloak accepts now and that this object has not handed out before:
     * Keycloak takes each code once only, and also the code of the next 30-second step. So this hands out the current
     * code, then the next step's, and then waits for the next step.
     */
    public String totpCode(DemoRealm.User user) {
        if (user.totpSecret() == null) {
            throw new IllegalArgumentException(user.username() + " has no TOTP secret in the demo realm");
        }
        while (true) {
            Instant now = Instant.now();
            for (int offset : new int[] {0, Totp.PERIOD_SECONDS}) {
                String code = Totp.code(user.totpSecret(), now.plusSeconds(offset));
                if (usedCodes.add(user.username() + ":" + code)) {
                    return code;
                }
            }
            long step = Totp.PERIOD_SECONDS * 1000L;
            try {
                Thread.sleep(step - now.toEpochMilli() % step + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** An access token for a confidential client's service account (the client credentials grant). */
    public String accessToken(DemoRealm.Client client) {
        return (String) tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client.clientId(),
                "client_secret", client.secret())).get("access_token");
    }

    /**
     * POSTs {@code form} to the realm's token endpoint and returns the JSON answer.
     *
     * @throws IllegalStateException with Keycloak's error when it does not answer 200
     */
    public Map<String, Object> tokenRequest(Map<String, String> form) {
        return tokenRequest(form, tokenUrl());
    }

    /** As {@link #tokenRequest(Map)}, at another token endpoint (e.g. the master realm's, for the admin API). */
    public Map<String, Object> tokenRequest(Map<String, String> form, String tokenEndpoint) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + form.get("client_id") + " "
                        + form.getOrDefault("username", "") + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JsonUtil.parseJson(response.body());
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("token request to " + tokenEndpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
