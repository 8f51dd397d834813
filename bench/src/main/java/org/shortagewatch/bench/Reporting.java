package org.shortagewatch.bench;

/**
 * Who reports in a scenario: manufacturer-report's URL, an admin's token (registers the products) and the token of
 * the manufacturer that holds them and posts their status ({@code --report-url}, {@code --admin-token},
 * {@code --manufacturer-token}, {@code --manufacturer}, or their BENCH_ variables).
 */
record Reporting(String reportUrl, String adminToken, String manufacturerToken, String manufacturer) {

    static Reporting from(Args args) {
        return new Reporting(args.require("report-url"), args.require("admin-token"), args.require("manufacturer-token"),
                args.get("manufacturer", "BENCHMFR"));
    }
}
