package org.shortagewatch.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario refresh, the national refresh (issue 20): many facilities follow many products each, some by webhook;
 * the national list is loaded as the baseline; then every maker uploads its part of the changed list at once, and
 * the run measures the time from the uploads to the last inbox row, the last server-sent event and the last webhook,
 * with the half-way times, the counts expected and received, and none twice. The data: {@link RefreshData}; the
 * setup, not measured: {@link RefreshSetup}; the measured part: {@link RefreshMeasure}.
 *
 * <p>Sizes ({@code --rows}, {@code --group-size}, {@code --makers}, {@code --changes}, {@code --facilities},
 * {@code --follows}, {@code --webhook-facilities}) default to the issue's: 18,520 rows in groups of 5, 40 makers,
 * 4,000 changes, 20,000 facilities following 300 products each, 2,000 of them by webhook.
 */
public final class Refresh {

    private Refresh() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Reporting reporting = Reporting.from(args);
        String notificationUrl = args.require("notification-url");
        RefreshData data = new RefreshData(new RefreshData.Sizes(args.getInt("rows", 18_520),
                args.getInt("group-size", 5), args.getInt("makers", 40), args.getInt("changes", 4_000),
                args.getInt("facilities", 20_000), args.getInt("follows", 300),
                args.getInt("webhook-facilities", 2_000)));
        RefreshData.Sizes sizes = data.sizes;
        RefreshData.Expected expected = data.expected();
        System.out.printf("national refresh: %,d facilities x %,d products (%,d subscriptions), %,d of them by webhook;"
                        + " %,d rows, %,d changed (%d into shortage, %d back to normal, %d between shortages) by %d makers%n",
                sizes.facilities(), sizes.follows(), (long) sizes.facilities() * sizes.follows(),
                sizes.webhookFacilities(), sizes.rows(), expected.changes(), data.changed(RefreshData.Change.INTO_SHORTAGE),
                data.changed(RefreshData.Change.BACK_TO_NORMAL), data.changed(RefreshData.Change.WITHIN_SHORTAGE),
                sizes.makers());
        System.out.printf("expected: %,d demand-shift warnings; %,d inbox rows, %,d webhooks, %,d SSE messages%n",
                expected.warnings(), expected.inbox(), expected.webhooks(), expected.sse());
        Path lists = Path.of(args.get("lists", "lists"));
        Http http = new Http();
        Figures figures = Figures.fromEnvironment();
        RefreshMeasure.Arrivals webhooks = new RefreshMeasure.Arrivals();
        RefreshMeasure.Arrivals messages = new RefreshMeasure.Arrivals();
        AtomicLong followerPosition = new AtomicLong();
        String bootstrap = args.require("kafka-bootstrap");
        try (Receivers.Sink sink = new Receivers.Sink(8, w -> webhooks.add(w.id(), w.nanos()));
                TopicRecords statuses = new TopicRecords(bootstrap, Bulk.TOPIC);
                TopicRecords products = new TopicRecords(bootstrap, "products");
                FeedLedger ledger = new FeedLedger(args)) {
            long setupBegin = System.nanoTime();
            RefreshSetup setup = new RefreshSetup(http, data, reporting, notificationUrl,
                    args.getDouble("setup-timeout-seconds", 1800));
            List<Path> baseline = setup.lists(lists, false);
            setup.uploadAll(Bulk.PRODUCT_UPLOAD, baseline, products);
            setup.uploadAll(Bulk.STATUS_UPLOAD, baseline, statuses);
            setup.facilities();
            setup.subscriptions(sink.url("refresh-"), figures);
            setup.follower();
            long fed = ledger.drawn(); // a stream starts with the oldest message kept: those of an earlier run are not ours
            Receivers.followSse(http, notificationUrl + "/api/v1/streams/" + RefreshData.SSE_FACILITY,
                    reporting.adminToken(), m -> {
                        if (m.id() != null && Long.parseLong(m.id()) > fed) {
                            messages.add(m.id(), m.nanos());
                            followerPosition.accumulateAndGet(Long.parseLong(m.id()), Math::max);
                        }
                    });
            List<Path> changed = setup.lists(lists, true);
            Thread.sleep(2000); // the follower's stream open
            System.out.printf("setup done in %.0f s (not measured); uploading the changed list ...%n",
                    (System.nanoTime() - setupBegin) / 1e9);

            Instant since = Instant.now();
            RefreshMeasure run = new RefreshMeasure(http, statuses, ledger, followerPosition::get);
            long positions = expected.inbox() + expected.sse();
            run.run(setup.makers(), changed, expected.changes(), positions, messages, expected.sse(), webhooks,
                    expected.webhooks(), args.getDouble("drain-seconds", 60));
            Thread.sleep((long) (args.getDouble("settle-seconds", 5) * 1000)); // a webhook sent twice comes late
            report(figures, data, expected, run, messages, webhooks, ledger.channels(since,
                    String.valueOf(RefreshData.SERIES)));
        }
    }

    private static void report(Figures figures, RefreshData data, RefreshData.Expected expected, RefreshMeasure run,
            RefreshMeasure.Arrivals messages, RefreshMeasure.Arrivals webhooks, Map<String, FeedLedger.Channel> ledger) {
        RefreshData.Sizes sizes = data.sizes;
        FeedLedger.Channel none = new FeedLedger.Channel(0, 0, 0);
        FeedLedger.Channel inbox = ledger.getOrDefault("INBOX", none);
        FeedLedger.Channel sse = ledger.getOrDefault("SSE", none);
        FeedLedger.Channel hooks = ledger.getOrDefault("WEBHOOK", none);
        String size = String.format("%d facilities x %d products, %d by webhook; %d rows, %d changed, %d makers",
                sizes.facilities(), sizes.follows(), sizes.webhookFacilities(), sizes.rows(), expected.changes(),
                sizes.makers());
        figures.add("refresh.subscriptions", "Refresh: subscriptions followed",
                (long) sizes.facilities() * sizes.follows(), "subscriptions", "", "", size);
        figures.add("refresh.answered", "Refresh: every maker's upload accepted (202)", run.answered, "s", "", "",
                sizes.makers() + " uploads at once");
        figures.add("refresh.refused", "Refresh: uploads refused (and sent again)", run.refused.get(),
                "uploads", "<=0", "", "");
        figures.add("refresh.jobs", "Refresh: every job finished", run.jobsDone, "s", "", "", "");
        figures.add("refresh.changes", "Refresh: changes recorded", run.recorded, "changes", ">=" + expected.changes(),
                "", run.unchanged + " rows unchanged");
        figures.add("refresh.kafka", "Refresh: every change's event on Kafka", run.onKafka, "s", "", "",
                run.events + " events");
        figures.add("refresh.kafka.rate", "Refresh: events per second to Kafka, from the first upload",
                run.events / run.onKafka, "events/s", "", "kafka.producer.rate", "");
        long positions = expected.inbox() + expected.sse();
        figures.add("refresh.ledger.half", "Refresh: half the inbox and SSE rows visible", run.ledgerHalf, "s", "", "",
                "of " + positions + " (their feed positions: drawn, and no writer holding the feed lock)");
        figures.add("refresh.ledger.last", "Refresh: the last inbox or SSE row visible", run.ledgerAll, "s", "<30", "",
                "from the first upload");
        figures.add("refresh.ledger.accepted", "Refresh: the last inbox or SSE row visible, after the last upload was"
                + " accepted", run.ledgerAll - run.answered, "s", "", "", "the part of the above that follows the uploads");
        figures.add("refresh.ledger.rate", "Refresh: inbox and SSE rows per second, from the first upload",
                positions / run.ledgerAll, "rows/s", "", "pg.copy.rate",
                "limit: COPY, in changes/s of a status row and an outbox row each");
        figures.add("refresh.inbox.rows", "Refresh: inbox rows written", inbox.rows(), "rows", ">=" + expected.inbox(),
                "", "expected " + expected.inbox() + " (" + expected.warnings() + " demand-shift warnings among the alerts)");
        figures.add("refresh.inbox.twice", "Refresh: inbox rows twice for one (alert, facility), or more than expected",
                inbox.rows() - inbox.once() + Math.max(0, inbox.rows() - expected.inbox()), "rows", "<=0", "", "");
        figures.add("refresh.sse.half", "Refresh: half the follower's SSE messages received",
                messages.secondsTo((expected.sse() + 1) / 2, run.t0), "s", "", "", "");
        figures.add("refresh.sse.last", "Refresh: the follower's last SSE message received",
                messages.secondsTo(messages.count(), run.t0), "s", "<30", "", "");
        figures.add("refresh.sse.messages", "Refresh: SSE messages received", messages.count(), "messages",
                ">=" + expected.sse(), "", "expected " + expected.sse() + "; the ledger holds " + sse.rows());
        figures.add("refresh.sse.twice", "Refresh: SSE messages received twice (same id)", messages.twice(),
                "messages", "<=0", "", "");
        figures.add("refresh.webhook.half", "Refresh: half the webhooks received", webhooks.secondsTo(
                (expected.webhooks() + 1) / 2, run.t0), "s", "", "", "");
        double lastWebhook = webhooks.secondsTo(webhooks.count(), run.t0);
        figures.add("refresh.webhook.last", "Refresh: the last webhook received", lastWebhook, "s", "<60", "", "");
        figures.add("refresh.webhook.received", "Refresh: webhooks received", webhooks.count(), "webhooks",
                ">=" + expected.webhooks(), "", "expected " + expected.webhooks() + "; the ledger holds " + hooks.rows()
                        + ", " + hooks.delivered() + " delivered");
        figures.add("refresh.webhook.twice", "Refresh: webhooks received twice (same webhook-id)", webhooks.twice(),
                "webhooks", "<=0", "", "");
        figures.add("refresh.webhook.rate", "Refresh: webhooks per second, from the first upload", webhooks.count()
                / lastWebhook, "webhooks/s", "", "", "");
    }
}
