package org.shortagewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.YjCodes;

/**
 * Synthetic products: valid, distinct YJ codes in numbered series, so each scenario works on products of its own
 * (its status posts never reach another scenario's subscribers). Registers them with manufacturer-report.
 *
 * <p>{@code java -cp ... org.shortagewatch.bench.Products --series 1 --count 2000 --manufacturer BENCHMFR --out f}
 * registers products {@code 0..count-1} of the series to the manufacturer and writes their YJ codes to {@code f}
 * (header {@code yjCode}, one per line: a Gatling feeder).
 */
public final class Products {

    private Products() {
    }

    /**
     * The i-th product of a series (0-9): {@code s} + 6 digits (i / 100) as the ingredient, dosage form F (tablet),
     * the strength (i % 100 / 10), two digits of brand (i % 10), and its check character: 100 products per ingredient, in
     * ten strengths of ten brands each, for example {@code 1000003F4023}. Ten brands of one strength are a large
     * group of the national list (most have fewer, a few dozens); a change out of normal shipment warns the followers
     * of the other nine.
     */
    static String yjCode(int series, int i) {
        if (series < 0 || series > 9 || i < 0 || i >= 100_000_000) {
            throw new IllegalArgumentException("series 0-9, i 0-99,999,999");
        }
        return YjCodes.withCheckCharacter(String.format("%d%06dF%d%02d", series, i / 100, i % 100 / 10, i % 10));
    }

    /** The strength (④規格単位) of product i, one of ten per ingredient as its YJ code says. */
    static String strengthUnit(int i) {
        return (i % 100 / 10 + 1) * 5 + "mg1錠";
    }

    /** The name (⑥品名) of product i: the strength, and the brand in 「」. */
    static String productName(int i) {
        return "ベンチ錠" + (i % 100 / 10 + 1) * 5 + "mg「ベンチ" + (i % 10 + 1) + "」";
    }

    static List<String> yjCodes(int series, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(yjCode(series, i));
        }
        return codes;
    }

    /** The body of {@code PUT /api/v1/products/{yj}} with every master field. */
    static String registration(String yj, String manufacturerCode, int i) {
        return "{\"manufacturerCode\":\"" + manufacturerCode + "\",\"manufacturerName\":\"ベンチ製薬株式会社\","
                + "\"productName\":\"" + productName(i) + "\",\"ingredient\":\"ベンチ成分" + (i / 100) + "\","
                + "\"strengthUnit\":\"" + strengthUnit(i) + "\",\"drugCategory\":\"INTERNAL\","
                + "\"productCategory\":\"" + (i % 3 == 0 ? "BRAND" : "GENERIC") + "\",\"basicDrug\":false,"
                + "\"supplySecurityClass\":\"NONE\",\"priceListingDate\":\"2020-06-19\"}";
    }

    /** Registers the products with {@code PUT /api/v1/products/{yj}} as admin, many at a time. */
    static void register(Http http, String reportUrl, String adminToken, List<String> codes, String manufacturerCode,
            int concurrency) throws Exception {
        List<HttpRequest> requests = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            requests.add(http.json(URI.create(reportUrl + "/api/v1/products/" + codes.get(i)), adminToken)
                    .PUT(HttpRequest.BodyPublishers.ofString(registration(codes.get(i), manufacturerCode, i))).build());
        }
        http.sendAll(requests, concurrency, "register products");
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int series = args.getInt("series", 1);
        int count = args.getInt("count", 2000);
        String manufacturer = args.get("manufacturer", "BENCHMFR");
        List<String> codes = yjCodes(series, count);
        long begin = System.nanoTime();
        register(new Http(), args.require("report-url"), args.require("admin-token"), codes, manufacturer,
                args.getInt("concurrency", 16));
        System.out.printf("registered %d products of series %d to %s in %.1f s%n", count, series, manufacturer,
                (System.nanoTime() - begin) / 1e9);
        String out = args.get("out", null);
        if (out != null) {
            Files.write(Path.of(out), prepend("yjCode", codes));
        }
    }

    private static List<String> prepend(String header, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(header);
        all.addAll(lines);
        return all;
    }
}
