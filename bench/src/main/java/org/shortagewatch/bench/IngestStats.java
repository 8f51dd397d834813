package org.shortagewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the final console summary ("Global Information") of one Gatling run's output (bench/ingest's gatling.conf
 * sets its percentiles to 50, 99, 99.9 and 100), writes the ingest figures for its rate when {@code --record}, and
 * prints {@code sustained} or {@code not sustained}: sustained means no failed request, at least 97% of the offered
 * posts answered, and p99 under {@code --p99-limit-ms} (default 1,000: the answers kept up with the arrivals, latency
 * did not grow without bound). Gatling's mean throughput is reported as it is, but not judged: over a short step it
 * is diluted by the time the last answers take.
 *
 * <p>{@code IngestStats --log <gatling output> --rate 500 --duration 60 [--record]}
 */
public final class IngestStats {

    private IngestStats() {
    }

    /** The "OK" column of the last summary line whose label starts with {@code label}. */
    static double ok(List<String> lines, String label) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("> " + label)) {
                String[] columns = line.split("\\|");
                String value = columns[2].trim().replace(",", "");
                return value.equals("-") ? 0 : Double.parseDouble(value);
            }
        }
        throw new IllegalStateException("no '" + label + "' in the Gatling summary");
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        List<String> lines = Files.readAllLines(Path.of(args.require("log")));
        double rate = args.getDouble("rate", 0);
        double duration = args.getDouble("duration", 0);
        long ok = (long) ok(lines, "request count");
        long total = ok;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("> request count")) {
                total = Long.parseLong(lines.get(i).split("\\|")[1].trim().replace(",", ""));
                break;
            }
        }
        long ko = total - ok;
        double throughput = ok(lines, "mean throughput");
        double p50 = ok(lines, "response time 50th percentile");
        double p99 = ok(lines, "response time 99th percentile");
        double p999 = ok(lines, "response time 99.9th percentile");
        double max = ok(lines, "max response time");
        boolean sustained = ko == 0 && (duration <= 0 || ok >= 0.97 * rate * duration)
                && p99 < args.getDouble("p99-limit-ms", 1000);
        String prefix = "ingest." + (long) rate;
        String label = "Ingest at " + (long) rate + "/s";
        if (args.flag("record")) {
            Figures figures = Figures.fromEnvironment();
            figures.add(prefix + ".throughput", label + ": throughput", throughput, "posts/s", "", "pg.insert.tps",
                    ok + " ok, " + ko + " failed; limit: pgbench, the same writes per transaction");
            figures.add(prefix + ".p50", label + ": p50", p50, "ms", "", "", "");
            figures.add(prefix + ".p99", label + ": p99", p99, "ms", rate == 500 ? "<50" : "", "", "");
            figures.add(prefix + ".p999", label + ": p99.9", p999, "ms", "", "", "");
            figures.add(prefix + ".max", label + ": max", max, "ms", "", "", "");
        }
        System.out.printf("rate %.0f/s: %d ok, %d failed, %.1f/s, p50 %.0f ms, p99 %.0f ms, p99.9 %.0f ms, max %.0f ms: %s%n",
                rate, ok, ko, throughput, p50, p99, p999, max, sustained ? "sustained" : "not sustained");
    }
}
