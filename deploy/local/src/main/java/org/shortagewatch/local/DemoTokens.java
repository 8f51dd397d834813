package org.shortagewatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.TokenIssuer;

/** Tokens for the demo organisations of the local run, one per role, printed at start-up and kept in a file. */
final class DemoTokens {

    static final Duration VALIDITY = Duration.ofHours(12);

    /** Variable name → (role, organisation). */
    static final Map<String, String[]> DEMO = new LinkedHashMap<>();

    static {
        DEMO.put("MANUFACTURER_TOKEN", new String[] {"manufacturer", "MFR001"});
        DEMO.put("WHOLESALER_TOKEN", new String[] {"wholesaler", "WHS001"});
        DEMO.put("FACILITY_TOKEN", new String[] {"facility", "1341234563"});
        DEMO.put("REGULATOR_TOKEN", new String[] {"regulator", "MHLW"});
        DEMO.put("ADMIN_TOKEN", new String[] {"admin", "ops"});
    }

    private DemoTokens() {
    }

    /** Writes {@code NAME=token} lines to {@code file} (for {@code source}) and returns what to print. */
    static String write(TokenIssuer tokens, Path file) throws IOException {
        StringBuilder env = new StringBuilder();
        StringBuilder out = new StringBuilder(" Demo tokens (valid " + VALIDITY.toHours() + " h), also in " + file
                + "\n   load them into a shell with:  source " + file + "\n");
        DEMO.forEach((name, roleAndOrg) -> {
            String token = tokens.mint("demo-" + roleAndOrg[0], roleAndOrg[1], VALIDITY, roleAndOrg[0]);
            env.append("export ").append(name).append('=').append(token).append('\n');
            out.append(String.format("   %-19s role %-12s org %s%n", name, roleAndOrg[0], roleAndOrg[1]));
        });
        out.append(" Any other role and organisation:  deploy/local/token <role> <org>\n");
        Files.writeString(file, env);
        return out.toString();
    }

    /** Keycloak's demo user for each variable of {@link #DEMO}. */
    static final Map<String, DemoRealm.User> KEYCLOAK_DEMO = new LinkedHashMap<>();

    static {
        KEYCLOAK_DEMO.put("MANUFACTURER_TOKEN", DemoRealm.MANUFACTURER);
        KEYCLOAK_DEMO.put("WHOLESALER_TOKEN", DemoRealm.WHOLESALER);
        KEYCLOAK_DEMO.put("FACILITY_TOKEN", DemoRealm.PHARMACY);
        KEYCLOAK_DEMO.put("REGULATOR_TOKEN", DemoRealm.REGULATOR);
        KEYCLOAK_DEMO.put("ADMIN_TOKEN", DemoRealm.ADMIN);
    }

    /**
     * As {@link #write(TokenIssuer, Path)}, with tokens Keycloak issued to the demo users (the password grant of the
     * demo-only client demo-cli, with TOTP for the regulator and the admin). They last five minutes, as the realm says.
     */
    static String write(KeycloakServer keycloak, Path file) throws IOException {
        StringBuilder env = new StringBuilder();
        StringBuilder out = new StringBuilder(" Demo tokens from Keycloak (valid 5 minutes), also in " + file
                + "\n   load them into a shell with:  source " + file + "\n");
        KEYCLOAK_DEMO.forEach((name, user) -> {
            env.append("export ").append(name).append('=').append(keycloak.accessToken(user)).append('\n');
            out.append(String.format("   %-19s user %-12s role %-12s org %s%n", name, user.username(), user.role(),
                    user.org()));
        });
        out.append(" Fresh ones, for any demo user:  deploy/local/token --keycloak <user>   (users: ")
                .append(String.join(" ", DemoRealm.USERS.stream().map(DemoRealm.User::username).toList()))
                .append(")\n");
        Files.writeString(file, env);
        return out.toString();
    }
}
