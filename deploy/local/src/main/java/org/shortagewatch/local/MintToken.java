package org.shortagewatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakTokens;
import org.shortagewatch.infra.TokenIssuer;

/**
 * Prints a bearer token of the local run for any role and organisation:
 * {@code deploy/local/token <role> <org> [hours]}. Signed with the key in {@code .local/auth}, which the services
 * of the local run trust.
 *
 * <p>With Keycloak (the local run, unless {@code --without-keycloak}):
 * {@code deploy/local/token --keycloak <demo user>} asks the
 * local Keycloak for an access token of that demo user (password grant of demo-cli, with the TOTP code where needed).
 */
public final class MintToken {

    private static final Set<String> ROLES = Set.of("manufacturer", "wholesaler", "facility", "regulator", "admin");

    private MintToken() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--keycloak")) {
            DemoRealm.User user = DemoRealm.USERS.stream().filter(u -> u.username().equals(args[1])).findFirst()
                    .orElse(null);
            if (user == null) {
                System.err.println("no demo user " + args[1] + "; one of "
                        + DemoRealm.USERS.stream().map(DemoRealm.User::username).toList());
                System.exit(2);
            }
            String keycloak = "http://localhost:" + StackOptions.STANDARD_KEYCLOAK_PORT;
            try {
                System.out.println(new KeycloakTokens(keycloak).accessToken(user));
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage() + "\n(is `deploy/local/run` running?)");
                System.exit(1);
            }
            return;
        }
        if (args.length < 2 || !ROLES.contains(args[0])) {
            System.err.println("usage: deploy/local/token <role> <org> [hours]   role: one of " + ROLES
                    + "\n       deploy/local/token --keycloak <demo user>   (while deploy/local/run runs)");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty(RunLocal.ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
        Path auth = root.resolve(".local").resolve("auth");
        if (!Files.exists(auth.resolve("jwks.json"))) {
            System.err.println("creating a signing key in " + auth + " (the services of the local run and of"
                    + " docker-compose trust it)");
        }
        Duration validity = Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 12);
        TokenIssuer tokens = TokenIssuer.loadOrCreate(auth, TokenIssuer.DEFAULT_ISSUER);
        System.out.println(tokens.mint(args[0] + "@" + args[1], args[1], validity, args[0]));
    }
}
