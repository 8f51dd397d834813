package org.shortagewatch.bench;

import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * Scenario (d): end-to-end latency from a status post to each subscriber's receipt, at a steady arrival rate with many
 * subscriptions ({@link EndToEndRig}: {@code --products}, {@code --subscriptions}, {@code --sse}). Posts go out at
 * {@code --rate} for {@code --warmup-seconds} (not recorded), then {@code --duration-seconds}.
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        double rate = args.getDouble("rate", 100);
        double warmup = args.getDouble("warmup-seconds", 10);
        double duration = args.getDouble("duration-seconds", 60);
        Figures figures = Figures.fromEnvironment();
        EndToEndStep step;
        int subscriptionCount;
        int productCount;
        try (EndToEndRig rig = EndToEndRig.setUp(args, Reporting.from(args), new Http())) {
            subscriptionCount = rig.subscriptions();
            productCount = rig.products();
            step = rig.step(rate, warmup, duration, EndToEndRig.Phase.NONE);
        }

        figures.add("e2e.rate", "E2E: status posts per second", rate, "/s", "", "", subscriptionCount
                + " subscriptions on " + productCount + " products, " + duration + " s measured after " + warmup + " s warm-up");
        if (step.answered.getTotalCount() > 0) {
            figures.add("e2e.post.p99", "E2E: status post answered, p99", ms(step.answered, 99), "ms", "", "", "");
        }
        figures.add("e2e.posts.ok", "E2E: measured posts answered 201", step.answered.getTotalCount(), "posts",
                ">=" + step.measuredPosts, "", "of " + step.measuredPosts + " measured");
        figures.add("e2e.failed", "E2E: posts failed (warm-up included)", step.failed, "posts", "<=0", "", "");
        Histogram onKafka = step.perReceipt.get(KafkaStage.CHANNEL);
        if (onKafka != null) {
            figures.add("e2e.kafka.p50", "E2E stage: post to event on Kafka, p50", ms(onKafka, 50), "ms", "", "", "");
            figures.add("e2e.kafka.p99", "E2E stage: post to event on Kafka, p99", ms(onKafka, 99), "ms", "", "", "");
        }
        for (String channel : List.of("webhook", "sse")) {
            Histogram h = step.perReceipt.get(channel);
            if (h == null) {
                if (channel.equals("sse")) {
                    System.out.println("  SSE: not measured (--sse false, or no SSE receipt arrived)");
                }
                continue;
            }
            String c = "E2E " + channel + ": ";
            figures.add("e2e." + channel + ".p50", c + "post to receipt, p50", ms(h, 50), "ms", "", "kafka.e2e.p50", "");
            figures.add("e2e." + channel + ".p99", c + "post to receipt, p99", ms(h, 99), "ms", "<250", "kafka.e2e.p99", "");
            figures.add("e2e." + channel + ".p999", c + "post to receipt, p99.9", ms(h, 99.9), "ms", "", "kafka.e2e.p999", "");
            figures.add("e2e." + channel + ".max", c + "post to receipt, max", EndToEndStep.ms(h.getMaxValue()), "ms", "", "", "");
            figures.add("e2e." + channel + ".last.p99", c + "post to last subscriber's receipt, p99",
                    ms(step.perChange.get(channel), 99), "ms", "", "", "");
        }
        figures.add("e2e.receipts", "E2E: receipts of measured posts", step.measuredReceipts, "receipts",
                ">=" + step.measuredExpected, "", "expected " + step.measuredExpected);
        figures.add("e2e.duplicates", "E2E: duplicate deliveries (same webhook-id)", step.duplicates, "receipts", "<=0", "", "");
        System.out.println("  " + step.otherWebhooks + " webhooks of other alerts (demand-shift warnings), warm-up included");
        if (step.unmatched > 0) {
            System.out.println("  " + step.unmatched + " receipts matched no post");
        }
    }

    private static double ms(Histogram h, double percentile) {
        return EndToEndStep.ms(h.getValueAtPercentile(percentile));
    }
}
