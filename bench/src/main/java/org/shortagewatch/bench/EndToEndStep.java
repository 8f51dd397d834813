package org.shortagewatch.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * One step of {@link EndToEndRig#step} as received: for each channel ({@code kafka}, {@code webhook}, {@code sse})
 * the latency of every receipt of a measured post and of each change's last receipt, from the post's intended time;
 * receipts expected and received (each delivery id once), duplicates.
 */
final class EndToEndStep {

    final double rate;
    /** Where the posts are delivered: {@code webhook}, and {@code sse} unless the run leaves it out. */
    final List<String> channels;
    /** Posts offered after the warm-up. */
    final long measuredPosts;
    /** Measured posts answered 201: from intended time to answer. */
    final Histogram answered;
    /** Posts not answered 201, warm-up included. */
    final long failed;
    final Map<String, Histogram> perReceipt = new HashMap<>();
    final Map<String, Histogram> perChange = new HashMap<>();
    final long duplicates;
    final long unmatched;
    /** Receipts of measured posts on the delivery channels, each once; and how many there should be. */
    final long measuredReceipts;
    final long measuredExpected;
    /** Webhooks of other alerts (demand-shift warnings) that arrived until the step ended, warm-up included. */
    final long otherWebhooks;

    EndToEndStep(double rate, long measuredPosts, Histogram answered, long failed, Map<String, EndToEndRig.Post> posts,
            List<EndToEndRig.Receipt> receipts, long otherWebhooks, boolean sse) {
        this.rate = rate;
        this.channels = sse ? List.of("webhook", "sse") : List.of("webhook");
        this.measuredPosts = measuredPosts;
        this.answered = answered;
        this.failed = failed;
        this.otherWebhooks = otherWebhooks;
        Map<String, Long> lastReceipt = new HashMap<>();
        Set<String> deliveryIds = new HashSet<>();
        long twice = 0;
        long matchedNone = 0;
        long received = 0;
        for (EndToEndRig.Receipt r : receipts) {
            EndToEndRig.Post post = posts.get(r.key());
            if (post == null) {
                matchedNone++;
                continue;
            }
            if (r.deliveryId() != null && !deliveryIds.add(r.channel() + r.deliveryId())) {
                twice++;
                continue;
            }
            if (!post.measured()) {
                continue;
            }
            if (!r.channel().equals(KafkaStage.CHANNEL)) {
                received++;
            }
            perReceipt.computeIfAbsent(r.channel(), c -> histogram())
                    .recordValue(Math.max(0, r.nanos() - post.intendedNanos()));
            lastReceipt.merge(r.channel() + " " + r.key(), r.nanos(), Math::max);
        }
        lastReceipt.forEach((channelKey, nanos) -> {
            String channel = channelKey.substring(0, channelKey.indexOf(' '));
            EndToEndRig.Post post = posts.get(channelKey.substring(channelKey.indexOf(' ') + 1));
            perChange.computeIfAbsent(channel, c -> histogram()).recordValue(Math.max(0, nanos - post.intendedNanos()));
        });
        this.duplicates = twice;
        this.unmatched = matchedNone;
        this.measuredReceipts = received;
        this.measuredExpected = posts.values().stream().filter(EndToEndRig.Post::measured)
                .mapToLong(p -> p.subscribers() + (sse ? 1 : 0)).sum();
    }

    /** p99 from post to receipt on the channel, ms; infinite when nothing arrived on it. */
    double p99(String channel) {
        Histogram h = perReceipt.get(channel);
        return h == null ? Double.POSITIVE_INFINITY : ms(h.getValueAtPercentile(99));
    }

    /**
     * Every measured post answered 201 and none failed, every receipt in and none twice, and each channel's p99 under
     * the bound.
     */
    boolean kept(double p99BoundMs) {
        return failed == 0 && answered.getTotalCount() >= measuredPosts && measuredReceipts >= measuredExpected
                && duplicates == 0 && channels.stream().allMatch(c -> p99(c) < p99BoundMs);
    }

    /**
     * For example {@code 200/s: webhook p99 310 ms, sse p99 290 ms, 6000 of 6000 receipts, 0 twice, 0 posts failed,
     * 20000 other alerts' webhooks}.
     */
    String outcome() {
        StringBuilder s = new StringBuilder(Figures.format(rate) + "/s:");
        for (String c : channels) {
            double p99 = p99(c);
            s.append(' ').append(c)
                    .append(Double.isInfinite(p99) ? " none arrived," : " p99 " + Figures.format(p99) + " ms,");
        }
        return s.append(String.format(Locale.ROOT, " %d of %d receipts, %d twice, %d posts failed, %d other alerts'"
                + " webhooks", measuredReceipts, measuredExpected, duplicates, failed, otherWebhooks)).toString();
    }

    static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toNanos(5), 3);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
