package org.shortagewatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gathers every scenario's {@code figures.tsv} under a run's results directory into {@code summary.md}: one table
 * with each figure, its goal (met or missed, and by how much) and its ratio to the machine limit measured in the
 * same run. {@code java -cp ... org.shortagewatch.bench.Summary <results dir> [title]}
 */
public final class Summary {

    record Figure(String scenario, String key, String label, double value, String unit, String goal, String limitKey,
            String note) {
    }

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String title = args.length > 1 ? args[1] : "Benchmark run";
        Map<String, Figure> figures = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> found = Files.walk(dir, 2)) {
            files = found.filter(p -> p.getFileName().toString().equals("figures.tsv")).sorted().toList();
        }
        for (Path file : files) {
            String scenario = dir.relativize(file.getParent()).toString();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = pad(line.split("\t", -1), 7);
                try {
                    figures.put(c[0], new Figure(scenario, c[0], c[1], Double.parseDouble(c[2]), c[3], c[4], c[5], c[6]));
                } catch (NumberFormatException e) {
                    System.err.println("skipping unreadable figure in " + file + ": " + line);
                }
            }
        }
        StringBuilder out = new StringBuilder("## " + title + "\n\n")
                .append("| scenario | figure | value | goal | limit in the same run | ratio to limit | note |\n")
                .append("|---|---|---:|---|---|---:|---|\n");
        for (Figure f : figures.values()) {
            Figure limit = f.limitKey().isEmpty() ? null : figures.get(f.limitKey());
            out.append("| ").append(f.scenario()).append(" | ").append(f.label()).append(" | ")
                    .append(Figures.format(f.value())).append(' ').append(f.unit()).append(" | ")
                    .append(goal(f)).append(" | ")
                    .append(limit == null ? (f.limitKey().isEmpty() ? "" : "(" + f.limitKey() + " not measured)")
                            : limit.label() + ": " + Figures.format(limit.value()) + " " + limit.unit())
                    .append(" | ").append(limit == null || limit.value() == 0 ? ""
                            : String.format(Locale.ROOT, "%.2f", f.value() / limit.value()))
                    .append(" | ").append(f.note()).append(" |\n");
        }
        List<Path> skipped = new ArrayList<>();
        try (Stream<Path> found = Files.list(dir)) {
            found.filter(p -> Files.isRegularFile(p.resolve("status"))).sorted().forEach(skipped::add);
        }
        if (!skipped.isEmpty()) {
            out.append("\n| scenario | outcome |\n|---|---|\n");
            for (Path s : skipped) {
                out.append("| ").append(s.getFileName()).append(" | ")
                        .append(Files.readString(s.resolve("status")).trim()).append(" |\n");
            }
        }
        Files.writeString(dir.resolve("summary.md"), out, StandardCharsets.UTF_8);
        System.out.println(out);
    }

    /** "met" or "missed by x" for goals written {@code <50}, {@code <=0}, {@code >=1000}, {@code >5}. */
    static String goal(Figure f) {
        String g = f.goal().trim();
        if (g.isEmpty()) {
            return "";
        }
        String op = g.startsWith("<=") || g.startsWith(">=") ? g.substring(0, 2) : g.substring(0, 1);
        double target = Double.parseDouble(g.substring(op.length()).trim());
        boolean met = switch (op) {
            case "<" -> f.value() < target;
            case "<=" -> f.value() <= target;
            case ">" -> f.value() > target;
            case ">=" -> f.value() >= target;
            default -> throw new IllegalArgumentException("goal " + g);
        };
        String stated = op + " " + Figures.format(target) + " " + f.unit();
        if (met) {
            return stated + ": met";
        }
        double by = Math.abs(f.value() - target);
        String relative = target == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100 * by / Math.abs(target));
        return stated + ": **missed by " + Figures.format(by) + " " + f.unit() + relative + "**";
    }

    private static String[] pad(String[] cells, int n) {
        String[] out = Arrays.copyOf(cells, Math.max(n, cells.length));
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? "" : out[i];
        }
        return out;
    }
}
