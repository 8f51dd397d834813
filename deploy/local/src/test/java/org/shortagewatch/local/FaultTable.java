package org.shortagewatch.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The fault suite's figures, one row per fault, as a Markdown table, and the part of docs/faults.md it is written
 * into (between {@value #BEGIN} and {@value #END}).
 */
final class FaultTable {

    static final String BEGIN = "<!-- fault-suite table: begin -->";
    static final String END = "<!-- fault-suite table: end -->";

    private FaultTable() {
    }

    /**
     * One fault's run: the changes answered 2xx, the posts refused (a status) and unanswered (no answer in time) at
     * their last attempt (a post answered 503 or not at all is tried again with its key for up to a minute), the
     * deliveries expected (every acknowledged change to every follower on every channel) and received (of those), the
     * ones missing, the same change under a second id, the same message re-sent under its id (a transport retry,
     * allowed), messages after a later revision of their product, changes delivered that were never answered 2xx
     * (only a post without an answer may be one), and the time from the repair until everything acknowledged before
     * it had reached every follower and wholesaler-allocation. {@code notes} says what else the run showed.
     */
    record Row(String fault, long acknowledged, long refused, long unanswered, long expected, long received,
            long missing, long duplicates, long resent, long outOfOrder, long deliveredWithout2xx,
            double recoverySeconds, List<String> notes) {

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %d | %d / %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |",
                    fault, acknowledged, refused, unanswered, expected, received, missing, duplicates, resent,
                    outOfOrder, deliveredWithout2xx, recoverySeconds < 0 ? "not within 4 min"
                            : String.format(Locale.ROOT, "%.1f s", recoverySeconds), String.join("; ", notes));
        }
    }

    static String markdown(List<Row> rows, String caption) {
        StringBuilder table = new StringBuilder(caption).append("\n\n")
                .append("| fault | acknowledged changes | refused / unanswered posts | expected deliveries | received "
                        + "| missing | duplicates | re-sent under the same id | order violations | delivered without 2xx "
                        + "| time to recover | notes |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (Row row : rows) {
            table.append(row.markdown()).append('\n');
        }
        return table.toString();
    }

    /** Replaces what stands between the markers of {@code file} with {@code table}. */
    static void writeInto(Path file, String table) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(file + " has no " + BEGIN + " ... " + END);
        }
        Files.writeString(file, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                StandardCharsets.UTF_8);
    }
}
