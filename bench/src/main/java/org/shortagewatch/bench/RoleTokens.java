package org.shortagewatch.bench;

import java.util.HashMap;
import java.util.Map;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakTokens;

/**
 * The demo users' access tokens from Keycloak, each fetched again before it ends: the realm's tokens last five
 * minutes, and a full run of scenario (f) is longer. A user with a second factor spends one of its one-time codes on
 * each fetch; {@link #codes()} hands out the codes for the portal's sign-ins from the same account of used ones, so
 * Keycloak never sees a code twice.
 */
final class RoleTokens {

    /** Fetched again when older than this (the realm's tokens last 300 s). */
    private static final long FRESH_NANOS = 200_000_000_000L;

    private record Fetched(String token, long at) {
    }

    private final KeycloakTokens keycloak;
    private final Map<DemoRealm.User, Fetched> tokens = new HashMap<>();

    RoleTokens(KeycloakTokens keycloak) {
        this.keycloak = keycloak;
    }

    /** A token of {@code user} good for a minute and more; none (null) for nobody. */
    synchronized String of(DemoRealm.User user) {
        if (user == null) {
            return null;
        }
        Fetched fetched = tokens.get(user);
        if (fetched == null || System.nanoTime() - fetched.at() > FRESH_NANOS) {
            fetched = new Fetched(keycloak.accessToken(user), System.nanoTime());
            tokens.put(user, fetched);
        }
        return fetched.token();
    }

    /** One-time codes for a sign-in through the portal, none of them handed out before. */
    java.util.function.Function<DemoRealm.User, String> codes() {
        return keycloak::totpCode;
    }
}
