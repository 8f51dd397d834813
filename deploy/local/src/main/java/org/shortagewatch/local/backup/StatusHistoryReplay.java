package org.shortagewatch.local.backup;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.StoppageNotice;
import org.shortagewatch.events.SupplyStatusChanged;

/**
 * Brings manufacturer-report's restored status history up to what it had published: every supply-status event on
 * Kafka since the backup began whose change the restored database does not hold is written back into
 * {@code status_change}, under its own event id and revision, and each product's last revision
 * ({@code product_revision}) moves up to it. Without this a product's next report after the restore would take a
 * revision already published for another change, which the consumers, holding the newer one, would ignore.
 *
 * <p>Runs against the restored database before manufacturer-report starts, as the database's owner. Changes that
 * were acknowledged but never reached Kafka (still in the lost outbox) cannot come back: the recovery point of a
 * status change is the last event the relay published. One audit row records the replay.
 */
public final class StatusHistoryReplay {

    /** The report service's database. */
    public static final String DATABASE = "report";
    /** How far before the backup's start to read, for the relay's clock against Kafka's and a slow dump start. */
    public static final Duration MARGIN = Duration.ofMinutes(5);

    private static final String INSERT = """
            insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date, reported_at,
                reported_by, event_id, effective_date_certainty, cause_yj_code, resolution_outlook,
                expected_resolution_date, shipment_volume, volume_improvement_date, volume_improvement_amount,
                stoppage_notice, manager_named, supply_manager_id, supply_manager_name, supply_manager_title,
                expected_resolution_precision, volume_improvement_precision)
            select nextval('status_change_seq'), t.yj, t.rev, t.resp, t.reason, t.eff, t.reported_at, t.reported_by,
                   t.ev, t.cert, t.cause, t.outlook, t.expected, t.volume, t.improvement, t.amount, t.notice,
                   case when t.notice then m.id is not null end, m.id, m.name, m.title, t.expected_precision,
                   t.improvement_precision
            from (select ?::text as yj, ?::bigint as rev, ?::text as resp, ?::text as reason, ?::date as eff,
                         ?::timestamptz as reported_at, ?::text as reported_by, ?::uuid as ev, ?::text as cert,
                         ?::text as cause, ?::text as outlook, ?::date as expected, ?::text as volume,
                         ?::date as improvement, ?::text as amount, ?::boolean as notice,
                         ?::text as expected_precision, ?::text as improvement_precision) t
            left join product p on t.notice and p.yj_code = t.yj
            left join lateral (select s.id, s.name, s.title from supply_manager s
                               where s.organisation_code = p.manufacturer_code
                               order by s.id desc limit 1) m on t.notice
            where not exists (select 1 from status_change c where c.event_id = t.ev)
            on conflict do nothing""";

    private static final String ADVANCE_REVISION = """
            insert into product_revision (yj_code, revision) values (?, ?)
            on conflict (yj_code) do update set revision = greatest(product_revision.revision, excluded.revision)""";

    private static final String AUDIT = """
            insert into audit_log (actor, org, action, target, source_address, outcome)
            values ('restore', null, 'restore.status-history-replay', ?, null, 'SUCCESS')""";

    private StatusHistoryReplay() {
    }

    /** What the replay did. */
    public record Result(int read, int replayed, int alreadyHeld) {
    }

    /**
     * Reads supply-status from {@code since} minus {@link #MARGIN} to its end (as it stands when the replay begins)
     * and writes back every change the database lacks, in one transaction.
     */
    public static Result replay(String bootstrapServers, DatabaseServer server, Instant since) throws Exception {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer()); Connection c = server.connect(DATABASE)) {
            List<TopicPartition> partitions = consumer.partitionsFor(SupplyStatusChanged.TOPIC, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long from = since.minus(MARGIN).toEpochMilli();
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, from));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp at = start.get(tp);
                consumer.seek(tp, at == null ? end.get(tp) : at.offset());
            }
            c.setAutoCommit(false);
            int read = 0;
            int replayed = 0;
            Map<String, Long> lastRevision = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        read++;
                        SupplyStatusChanged change = EventJson.read(record.value(), SupplyStatusChanged.class);
                        bind(insert, change, eventId(record));
                        replayed += insert.executeUpdate();
                        lastRevision.merge(change.report().yjCode(), change.revision(), Math::max);
                    }
                }
            }
            try (PreparedStatement advance = c.prepareStatement(ADVANCE_REVISION)) {
                for (var product : lastRevision.entrySet()) {
                    advance.setString(1, product.getKey());
                    advance.setLong(2, product.getValue());
                    advance.addBatch();
                }
                advance.executeBatch();
            }
            try (PreparedStatement audit = c.prepareStatement(AUDIT)) {
                audit.setString(1, "supply-status since " + since + ": " + replayed + " change(s) written back");
                audit.executeUpdate();
            }
            c.commit();
            return new Result(read, replayed, read - replayed);
        }
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader(CloudEvents.ID);
        if (id == null) {
            throw new IllegalStateException("supply-status record without " + CloudEvents.ID + " at partition "
                    + record.partition() + " offset " + record.offset());
        }
        return UUID.fromString(new String(id.value(), StandardCharsets.UTF_8));
    }

    private static void bind(PreparedStatement s, SupplyStatusChanged e, UUID eventId) throws Exception {
        StatusReport r = e.report();
        s.setString(1, r.yjCode());
        s.setLong(2, e.revision());
        s.setString(3, r.shipmentResponse().name());
        s.setString(4, r.reason() == null ? null : r.reason().name());
        s.setObject(5, r.effectiveDate() == null ? null : Date.valueOf(r.effectiveDate()), Types.DATE);
        s.setObject(6, e.reportedAt().atOffset(ZoneOffset.UTC));
        s.setString(7, e.reportedBy());
        s.setString(8, eventId.toString());
        s.setString(9, r.effectiveDateCertainty().name());
        s.setString(10, r.causeYjCode());
        s.setString(11, r.resolutionOutlook() == null ? null : r.resolutionOutlook().name());
        s.setObject(12, r.expectedResolutionDate() == null ? null : Date.valueOf(r.expectedResolutionDate()),
                Types.DATE);
        s.setString(13, r.shipmentVolume() == null ? null : r.shipmentVolume().name());
        s.setObject(14, r.volumeImprovementDate() == null ? null : Date.valueOf(r.volumeImprovementDate()), Types.DATE);
        s.setString(15, r.volumeImprovementAmount());
        s.setBoolean(16, StoppageNotice.applies(r.shipmentResponse(), r.shipmentVolume()));
        s.setString(17, r.expectedResolutionPrecision() == null ? null : r.expectedResolutionPrecision().name());
        s.setString(18, r.volumeImprovementPrecision() == null ? null : r.volumeImprovementPrecision().name());
    }
}
