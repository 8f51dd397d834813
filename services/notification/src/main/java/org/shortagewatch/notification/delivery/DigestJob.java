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

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Once a day, turns the e-mail each digest-taking facility has waiting ({@code DIGEST} ledger rows) into one digest
 * e-mail: a digest alert and one pending e-mail delivery per facility, the waiting rows marked {@code DIGESTED}
 * with the digest's id, all in one transaction and set-based (a few statements, whatever the number of facilities).
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    @Inject
    Pool pool;

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

    /** Assembles every waiting digest now; returns how many digest e-mails were queued. */
    public Uni<Integer> assemble() {
        LocalDate day = clock.now().atZone(QuietHours.JAPAN).toLocalDate();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                select d.id, d.recipient, f.name, a.subject, a.body_text, a.severity, d.created_at
                from delivery d join alert a on a.cause_event_id = d.cause_event_id
                left join facility f on f.code = d.recipient
                where d.status = 'DIGEST' order by d.recipient, d.created_at
                for update of d skip locked""")
                .execute()
                .chain(rows -> write(connection, day, rows)))
                .invoke(n -> {
                    if (n > 0) {
                        dispatcher.wake();
                    }
                });
    }

    private Uni<Integer> write(SqlConnection connection, LocalDate day, io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        Map<String, List<Row>> byRecipient = new LinkedHashMap<>();
        for (Row row : rows) {
            byRecipient.computeIfAbsent(row.getString("recipient"), r -> new ArrayList<>()).add(row);
        }
        if (byRecipient.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<UUID> digestIds = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        List<UUID> itemIds = new ArrayList<>();
        List<UUID> itemDigests = new ArrayList<>();
        byRecipient.forEach((recipient, items) -> {
            UUID digest = UUID.randomUUID();
            Digest.Message message = Digest.assemble(items.get(0).getString("name"), day, items.stream()
                    .map(r -> new Digest.Item(r.getString("subject"), r.getString("body_text"),
                            Severity.ofLevel(r.getInteger("severity")), r.getOffsetDateTime("created_at").toInstant()))
                    .toList());
            digestIds.add(digest);
            recipients.add(recipient);
            subjects.add(message.subject());
            bodies.add(message.bodyText());
            payloads.add(EventJson.write(Map.of("type", "digest", "timestamp", clock.now().toString(),
                    "data", Map.of("day", day.toString(), "items", message.items()))));
            for (Row r : items) {
                itemIds.add(r.getUUID("id"));
                itemDigests.add(digest);
            }
        });
        UUID[] ids = digestIds.toArray(new UUID[0]);
        return connection.preparedQuery("""
                insert into alert (cause_event_id, kind, severity, payload, subject, body_text)
                select id, 'DIGEST', 0, p, s, b from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as t(id, p, s, b)""")
                .execute(Tuple.of(ids, payloads.toArray(new String[0]), subjects.toArray(new String[0]),
                        bodies.toArray(new String[0])))
                .chain(() -> connection.preparedQuery("""
                        insert into delivery (id, cause_event_id, recipient, channel, status)
                        select ledger_id(), id, r, 'EMAIL', 'PENDING' from unnest($1::uuid[], $2::text[]) as t(id, r)""")
                        .execute(Tuple.of(ids, recipients.toArray(new String[0]))))
                .chain(() -> connection.preparedQuery("""
                        update delivery d set status = 'DIGESTED', digest_id = t.digest
                        from unnest($1::uuid[], $2::uuid[]) as t(id, digest) where d.id = t.id""")
                        .execute(Tuple.of(itemIds.toArray(new UUID[0]), itemDigests.toArray(new UUID[0]))))
                .replaceWith(ids.length);
    }
}
