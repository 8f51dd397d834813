package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A facility's daily digest: the messages it chose to take as one e-mail a day instead of one each, most severe
 * first and, within a severity, oldest first.
 */
public final class Digest {

    /** One message waiting for the digest. */
    public record Item(String subject, String bodyText, Severity severity, Instant occurredAt) {
    }

    /** The digest e-mail. */
    public record Message(String subject, String bodyText, int items) {
    }

    private Digest() {
    }

    public static Message assemble(String facilityName, LocalDate day, List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one item");
        }
        List<Item> ordered = items.stream()
                .sorted(Comparator.comparing(Item::severity).reversed().thenComparing(Item::occurredAt))
                .toList();
        long important = ordered.stream().filter(i -> i.severity().compareTo(Severity.HIGH) >= 0).count();
        String date = JapaneseDates.era(day);
        String subject = "【Shortage Watch】" + date + "のお知らせ" + ordered.size() + "件"
                + (important > 0 ? "（うち重要" + important + "件）" : "")
                + " / Daily digest: " + ordered.size() + (ordered.size() == 1 ? " message" : " messages");
        StringBuilder body = new StringBuilder();
        body.append(facilityName == null ? "" : facilityName + "　御中\n\n")
                .append(date).append("に届いた医薬品の供給に関するお知らせをまとめてお送りします。\n")
                .append("This is the daily digest of supply messages for ").append(day).append(".\n\n");
        int n = 1;
        for (Item item : ordered) {
            body.append(n++).append(". [").append(item.severity().japanese()).append(" / ").append(item.severity())
                    .append("] ").append(item.subject()).append('\n');
            if (item.bodyText() != null && !item.bodyText().isBlank()) {
                body.append(indent(item.bodyText())).append('\n');
            }
            body.append('\n');
        }
        return new Message(subject, body.toString(), ordered.size());
    }

    private static String indent(String text) {
        return text.strip().lines().map(line -> "   " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
