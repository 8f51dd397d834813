package org.shortagewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A scenario's figures: lines of {@code figures.tsv} in its results directory, which {@link Summary} gathers into one
 * table. Columns: key, label, value, unit, goal ({@code <50}, {@code >=1000} or empty), limit key (the key of the
 * machine-limit figure this one is compared with, or empty), note.
 */
final class Figures {

    private final Path file;

    Figures(Path resultsDir) {
        this.file = resultsDir.resolve("figures.tsv");
    }

    /** In the scenario's results directory, {@code $BENCH_RESULTS_DIR} (default: the current directory). */
    static Figures fromEnvironment() {
        String dir = System.getenv("BENCH_RESULTS_DIR");
        return new Figures(Path.of(dir == null ? "." : dir));
    }

    void add(String key, String label, double value, String unit, String goal, String limitKey, String note) {
        String line = String.join("\t", key, label, format(value), unit, nz(goal), nz(limitKey), nz(note)) + "\n";
        try {
            Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "  %-48s %12s %s%n", label, format(value), unit);
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /**
     * For scenario scripts: {@code Figures <key> <label> <value> <unit> [goal] [limit key] [note]} appends one figure
     * to {@code $BENCH_RESULTS_DIR/figures.tsv}.
     */
    public static void main(String[] a) {
        if (a.length < 4) {
            System.err.println("usage: Figures <key> <label> <value> <unit> [goal] [limit key] [note]");
            System.exit(2);
        }
        fromEnvironment().add(a[0], a[1], Double.parseDouble(a[2]), a[3], a.length > 4 ? a[4] : "",
                a.length > 5 ? a[5] : "", a.length > 6 ? a[6] : "");
    }
}
