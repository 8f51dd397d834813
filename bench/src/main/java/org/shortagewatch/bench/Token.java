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
        if (System.getenv("BENCH_AUTH_DIR") == null || System.getenv("BENCH_AUTH_DIR").isBlank()) {
            System.err.println("BENCH_AUTH_DIR is not set (bench/run sets it for its scenarios)");
            System.exit(2);
        }
        System.out.println(mint(args[0], args[1], Duration.ofHours(args.length > 2 ? Long.parseLong(args[2]) : 12)));
    }

    /** A token of {@code role} for organisation {@code org}, signed with the key in {@code $BENCH_AUTH_DIR}. */
    static String mint(String role, String org, Duration validity) throws java.io.IOException {
        TokenIssuer tokens = TokenIssuer.loadOrCreate(Path.of(System.getenv("BENCH_AUTH_DIR")), TokenIssuer.DEFAULT_ISSUER);
        return tokens.mint("bench-" + role + "@" + org, org, validity, role);
    }
}
