package org.shortagewatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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
}
