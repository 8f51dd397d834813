package org.shortagewatch.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The oracle's arithmetic: what one follower received on one channel, in the order it arrived, counted against the
 * changes a manufacturer was answered 2xx for. A receipt is one message: its id (the {@code webhook-id}, the SSE
 * event id, the inbox entry's id, the ledger id an e-mail names) and the change it tells of ({@code yj#revision}).
 * The same id twice is a re-send (a transport retry, allowed); the same change under two ids is a duplicate; a
 * message about a product after one about a later revision of it is an order violation.
 */
final class Receipts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGED = "supply-status.changed";

    private Receipts() {
    }

    /** One message received. */
    record Receipt(String id, String change) {

        String product() {
            return change.substring(0, change.indexOf('#'));
        }

        long revision() {
            return Long.parseLong(change.substring(change.indexOf('#') + 1));
        }
    }

    /**
     * The change a Standard Webhooks payload ({@code type}, {@code data.yjCode}, {@code data.revision}; the inbox's
     * and the stream's messages carry the same) tells of, or {@code null} when it tells of no supply-status change (a
     * notice, say, or no JSON at all).
     */
    static String change(String payload) {
        try {
            return change(JSON.readTree(payload));
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    static String change(JsonNode payload) {
        if (!CHANGED.equals(payload.path("type").asText())) {
            return null;
        }
        return payload.path("data").path("yjCode").asText() + "#" + payload.path("data").path("revision").asLong();
    }

    /**
     * What one follower's channel received, counted against {@code acknowledged}: how many of those changes arrived,
     * how many did not, how many arrived under a second id, how many messages were re-sent under an id already
     * received, how many came after a later revision of their product, and which changes arrived that were never
     * acknowledged.
     */
    record Tally(long expected, long received, long missing, long duplicates, long resent, long outOfOrder,
            Set<String> unacknowledged, List<String> problems) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, Set.of(), List.of());

        static Tally of(String follower, List<Receipt> receipts, Collection<String> acknowledged) {
            Set<String> expected = Set.copyOf(acknowledged);
            Map<String, Set<String>> idsByChange = new HashMap<>();
            Set<String> ids = new HashSet<>();
            Map<String, Long> latest = new HashMap<>();
            List<String> problems = new ArrayList<>();
            long resent = 0;
            long outOfOrder = 0;
            for (Receipt receipt : receipts) {
                idsByChange.computeIfAbsent(receipt.change(), c -> new HashSet<>()).add(receipt.id());
                if (!ids.add(receipt.id())) {
                    resent++; // as a receiver that deduplicates by id sees it: once
                    continue;
                }
                long before = latest.getOrDefault(receipt.product(), 0L);
                if (receipt.revision() < before) {
                    outOfOrder++;
                    problems.add(follower + ": " + receipt.change() + " after #" + before);
                }
                latest.merge(receipt.product(), receipt.revision(), Math::max);
            }
            long duplicates = 0;
            for (Map.Entry<String, Set<String>> change : idsByChange.entrySet()) {
                if (change.getValue().size() > 1) {
                    duplicates += change.getValue().size() - 1;
                    problems.add(follower + ": " + change.getKey() + " under several ids " + change.getValue());
                }
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(idsByChange.keySet());
            if (!missing.isEmpty()) {
                problems.add(follower + ": " + missing.size() + " acknowledged changes not received, such as "
                        + missing.stream().limit(5).toList());
            }
            Set<String> unacknowledged = new TreeSet<>(idsByChange.keySet());
            unacknowledged.removeAll(expected);
            return new Tally(expected.size(), expected.size() - missing.size(), missing.size(), duplicates, resent,
                    outOfOrder, unacknowledged, problems);
        }

        Tally plus(Tally other) {
            Set<String> unacknowledgedBoth = new TreeSet<>(unacknowledged);
            unacknowledgedBoth.addAll(other.unacknowledged);
            List<String> problemsBoth = new ArrayList<>(problems);
            problemsBoth.addAll(other.problems);
            return new Tally(expected + other.expected, received + other.received, missing + other.missing,
                    duplicates + other.duplicates, resent + other.resent, outOfOrder + other.outOfOrder,
                    unacknowledgedBoth, problemsBoth);
        }
    }
}
