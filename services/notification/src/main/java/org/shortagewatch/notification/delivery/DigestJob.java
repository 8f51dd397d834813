package org.shortagewatch.notification.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.domain.Digest;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.DigestLedger;
import org.shortagewatch.notification.persistence.DigestLedger.DigestMail;
import org.shortagewatch.notification.persistence.DigestLedger.Waiting;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Once a day, turns the e-mail each digest-taking facility has waiting ({@code DIGEST} ledger rows) into one digest
 * e-mail: a digest alert and one pending e-mail delivery per facility, the waiting rows marked {@code DIGESTED}
 * with the digest's id, all in one transaction on the SQL client ({@link DigestLedger}).
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    @Inject
    Pool pool;

    @Inject
    DigestLedger ledger;

    @Inject
    DeliveryClock clock;

    @Inject
    DeliveryDispatcher dispatcher;

    @Scheduled(cron = "${shortagewatch.digest.cron}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> daily() {
        return assemble().invoke(n -> LOG.infof("daily digest: %d e-mails", n)).replaceWithVoid();
    }

    /** Assembles every waiting digest now, from any thread; returns how many digest e-mails were queued. */
    public Uni<Integer> assemble() {
        LocalDate day = clock.now().atZone(QuietHours.JAPAN).toLocalDate();
        return pool.withTransaction(c -> ledger.lockWaiting(c).chain(waiting -> {
            List<DigestMail> digests = digests(day, waiting);
            return digests.isEmpty() ? Uni.createFrom().item(0)
                    : ledger.write(c, digests).replaceWith(digests.size());
        }))
                .invoke(n -> {
                    if (n > 0) {
                        dispatcher.wake();
                    }
                });
    }

    /** One digest per recipient of the waiting e-mails, in the order they come. */
    private List<DigestMail> digests(LocalDate day, List<Waiting> waiting) {
        Map<String, List<Waiting>> byRecipient = new LinkedHashMap<>();
        for (Waiting w : waiting) {
            byRecipient.computeIfAbsent(w.recipient(), r -> new ArrayList<>()).add(w);
        }
        List<DigestMail> digests = new ArrayList<>();
        byRecipient.forEach((recipient, items) -> {
            Digest.Message message = Digest.assemble(items.get(0).facilityName(), day, items.stream()
                    .map(w -> new Digest.Item(w.subject(), w.bodyText(), Severity.ofLevel(w.severity()), w.createdAt()))
                    .toList());
            String payload = EventJson.write(Map.of("type", "digest", "timestamp", clock.now().toString(),
                    "data", Map.of("day", day.toString(), "items", message.items())));
            digests.add(new DigestMail(UUID.randomUUID(), recipient, payload, message.subject(), message.bodyText(),
                    items.stream().map(Waiting::id).toList()));
        });
        return digests;
    }
}
