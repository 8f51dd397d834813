package org.shortagewatch.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.shortagewatch.infra.TokenIssuer;

/**
 * Prints a bearer token that the system under test trusts: {@code bench/token <role> <org>}, signed with the key in
 * {@code $BENCH_AUTH_DIR} (the benchmark stack's, or {@code .local/auth} for a running {@code deploy/local/run}).
 */
public final class Token {

    private Token() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: bench/token <role> <org> [hours]");
            System.exit(2);
        }
        String auth = System.getenv("BENCH_AUTH_DIR");
        if (auth == null || auth.isBlank()) {
            System.err.println("BENCH_AUTH_DIR is not set (bench/run sets it for its scenarios)");
            System.exit(2);
        }
        TokenIssuer tokens = TokenIssuer.loadOrCreate(Path.of(auth), TokenIssuer.DEFAULT_ISSUER);
        Duration validity = Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 12);
        System.out.println(tokens.mint("bench-" + args[0] + "@" + args[1], args[1], validity, args[0]));
    }
}
