package org.shortagewatch.report.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.common.messaging.NotifiedDrain;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.report.domain.ProductDetails;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.StatusReport;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.report.persistence.StatusChange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Runs bulk uploads after they were acknowledged. A runner claims the oldest queued job (or one whose runner stopped
 * beating), reads and checks every row, and applies the accepted rows in one transaction that also marks the job
 * finished, guarded by the attempt it claimed: a job is applied once or not at all, whatever crashes. Status changes
 * are recorded set-based (one statement for the revisions, one for the history, one for the outbox), so a national
 * list of 18,520 rows takes one transaction, not 18,520.
 */
@ApplicationScoped
public class BulkJobRunner {

    /** The PostgreSQL notification an upload sends at commit. */
    public static final String CHANNEL = "bulk_job";
    private static final Logger LOG = Logger.getLogger(BulkJobRunner.class);
    private static final int MAX_ATTEMPTS = 3;
    /** How many errors a job keeps to show; the count covers all. */
    private static final int ERRORS_KEPT = 1000;

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    Outbox outbox;

    @Inject
    StatusReporting reporting;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "shortagewatch.bulk.runner.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "shortagewatch.bulk.runner.stale-after", defaultValue = "120s")
    Duration staleAfter;

    private NotifiedDrain drain;

    /** A job a runner has claimed. */
    record Claimed(UUID id, BulkJobKind kind, BulkMode mode, FileFormat format, String org, boolean admin,
            String submittedBy, String sourceAddress, int attempt, byte[] content, String charset) {
    }

    /** What applying a job came to. */
    record Outcome(BulkJobState state, int total, int accepted, int rejected, List<RowError> errors, String failure) {
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("bulk job runner disabled: uploads stay queued");
            return;
        }
        drain = NotifiedDrain.start("bulk job runner", 1, this::runOne, vertx, config, CHANNEL);
    }

    void stop(@Observes ShutdownEvent event) {
        if (drain != null) {
            drain.close();
        }
    }

    @Scheduled(every = "${shortagewatch.bulk.runner.sweep-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    public void wake() {
        if (drain != null) {
            drain.wake();
        }
    }

    /** Claims and runs one job; 1 when it ran one (look for another at once), 0 when none was waiting. */
    Uni<Integer> runOne() {
        return claim().chain(job -> job == null ? Uni.createFrom().item(0) : run(job).replaceWith(1));
    }

    private Uni<Claimed> claim() {
        return pool.withTransaction(c -> c.preparedQuery("""
                update bulk_job j set state = 'RUNNING', attempts = j.attempts + 1,
                       started_at = coalesce(j.started_at, now()), heartbeat_at = now()
                where j.id = (select id from bulk_job
                              where state = 'QUEUED'
                                 or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => $1))
                              order by submitted_at limit 1 for update skip locked)
                returning j.id, j.kind, j.mode, j.format, j.org, j.submitted_by, j.source_address, j.attempts,
                          (select content from bulk_job_file f where f.job_id = j.id) as content,
                          (select charset from bulk_job_file f where f.job_id = j.id) as charset,
                          j.admin""")
                .execute(Tuple.of((double) staleAfter.toSeconds()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new Claimed(r.getUUID("id"), BulkJobKind.valueOf(r.getString("kind")),
                            BulkMode.valueOf(r.getString("mode")), FileFormat.valueOf(r.getString("format")),
                            r.getString("org"), r.getBoolean("admin"), r.getString("submitted_by"),
                            r.getString("source_address"), r.getInteger("attempts"),
                            r.getBuffer("content").getBytes(), r.getString("charset"));
                }));
    }

    private Uni<Void> run(Claimed job) {
        if (job.attempt() > MAX_ATTEMPTS) {
            return finish(job, new Outcome(BulkJobState.FAILED, 0, 0, 0, List.of(),
                    "gave up after " + MAX_ATTEMPTS + " attempts"), c -> Uni.createFrom().voidItem());
        }
        LOG.infof("bulk job %s (%s, %s) attempt %d", job.id(), job.kind(), job.mode(), job.attempt());
        Uni<Void> work = job.kind() == BulkJobKind.STATUS_CHANGES ? runStatusChanges(job) : runProducts(job);
        return work.onFailure().recoverWithUni(failure -> {
            LOG.errorf(failure, "bulk job %s failed on attempt %d", job.id(), job.attempt());
            return pool.preparedQuery("update bulk_job set state = 'QUEUED', failure = $2 where id = $1"
                    + " and state = 'RUNNING' and attempts = $3")
                    .execute(Tuple.of(job.id(), String.valueOf(failure.getMessage()), job.attempt()))
                    .replaceWithVoid();
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Status changes
    // ---------------------------------------------------------------------------------------------------------

    private Uni<Void> runStatusChanges(Claimed job) {
        LocalDate today = ReportingDay.today();
        return runRows(job, file -> ListRows.statusReports(file, today), ListRows::productsNamed,
                ListRows::checkStatusTargets, (c, accepted) -> recordStatusChanges(c, job, accepted));
    }

    private Uni<Void> recordStatusChanges(SqlConnection c, Claimed job, List<StatusReport> reports) {
        List<StatusChange> changes = reports.stream().map(report -> StatusChange.of(report, job.org())).toList();
        return reporting.record(c, changes, job.id())
                .chain(() -> audit.record(c, "status-change.bulk", "bulk-job:" + job.id() + " (" + reports.size()
                        + " changes)", AuditTrail.SUCCESS, job.submittedBy(), job.org(), job.sourceAddress()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Products
    // ---------------------------------------------------------------------------------------------------------

    private Uni<Void> runProducts(Claimed job) {
        return runRows(job, file -> ListRows.products(file, job.admin() ? null : job.org()),
                rows -> rows.stream().filter(ParsedRow::valid).map(r -> r.value().yjCode()).collect(Collectors.toSet()),
                ListRows::checkProductHolders, (c, accepted) -> upsertProducts(c, job, accepted));
    }

    private Uni<Void> upsertProducts(SqlConnection c, Claimed job, List<ProductDetails> products) {
        List<ProductDetails> sorted = new ArrayList<>(products);
        sorted.sort(Comparator.comparing(ProductDetails::yjCode));
        int n = sorted.size();
        String[] yj = new String[n];
        String[] holder = new String[n];
        String[] holderName = new String[n];
        String[] name = new String[n];
        String[] ingredient = new String[n];
        String[] strength = new String[n];
        String[] drug = new String[n];
        String[] category = new String[n];
        Boolean[] basic = new Boolean[n];
        String[] security = new String[n];
        LocalDate[] listed = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            ProductDetails p = sorted.get(i);
            yj[i] = p.yjCode();
            holder[i] = p.manufacturerCode();
            holderName[i] = p.manufacturerName();
            name[i] = p.productName();
            ingredient[i] = p.ingredient();
            strength[i] = p.strengthUnit();
            drug[i] = p.drugCategory().name();
            category[i] = p.productCategory().name();
            basic[i] = p.basicDrug();
            security[i] = p.supplySecurityClass().name();
            listed[i] = p.priceListingDate();
        }
        return c.preparedQuery("""
                insert into product (yj_code, manufacturer_code, manufacturer_name, product_name, ingredient,
                    strength_unit, drug_category, product_category, basic_drug, supply_security_class,
                    price_listing_date, registered_at, updated_at, version)
                select yj, holder, holder_name, name, ingredient, strength, drug, category, basic, security, listed,
                       now(), now(), 1
                from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::boolean[], $10::text[], $11::date[])
                     with ordinality as t(yj, holder, holder_name, name, ingredient, strength, drug, category, basic,
                                          security, listed, n)
                order by n
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code, manufacturer_name = excluded.manufacturer_name,
                    product_name = excluded.product_name, ingredient = excluded.ingredient,
                    strength_unit = excluded.strength_unit, drug_category = excluded.drug_category,
                    product_category = excluded.product_category, basic_drug = excluded.basic_drug,
                    supply_security_class = excluded.supply_security_class,
                    price_listing_date = excluded.price_listing_date, updated_at = now(),
                    version = product.version + 1
                returning yj_code, version, gs1_codes, pack_sizes""")
                .execute(Tuple.from(List.<Object>of(yj, holder, holderName, name, ingredient, strength, drug,
                        category, basic, security, listed)))
                .chain(rows -> {
                    // The file has no barcodes or pack sizes: an update keeps those the product had, and so does
                    // its event.
                    Map<String, Row> written = new HashMap<>();
                    rows.forEach(r -> written.put(r.getString("yj_code"), r));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return outbox.appendAll(c, sorted.stream().map(p -> {
                        Row row = written.get(p.yjCode());
                        return ProductEvents.changed(p.withPackaging(List.of(row.getArrayOfStrings("gs1_codes")),
                                List.of(row.getArrayOfStrings("pack_sizes"))), row.getLong("version"), now);
                    }).toList());
                })
                .chain(() -> audit.record(c, "product.bulk", "bulk-job:" + job.id() + " (" + n + " products)",
                        AuditTrail.SUCCESS, job.submittedBy(), job.org(), job.sourceAddress()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shared steps
    // ---------------------------------------------------------------------------------------------------------

    /** A file read into rows; {@code file} null when it could not be read ({@code problem} says why). */
    record Read<T>(ListFile file, List<ParsedRow<T>> rows, String problem) {
    }

    /** Reads a file's rows as products or as status reports, checking each cell and row. */
    interface RowReader<T> {
        List<ParsedRow<T>> read(ListFile file) throws org.shortagewatch.common.bulk.Sheet.UnreadableFile;
    }

    /** Refuses the rows the uploader may not write, given the holders of the products they name. */
    interface HolderCheck<T> {
        void check(ListFile file, List<ParsedRow<T>> rows, Map<String, String> holders, String org);
    }

    /** Records the accepted rows in the transaction that finishes the job. */
    interface Recorder<T> {
        Uni<Void> record(SqlConnection connection, List<T> accepted);
    }

    /**
     * The one path of every job: read and check the file off the event loop, look up the holders of the products it
     * names, refuse what the uploader may not write, then finish the job and record the accepted rows together.
     */
    private <T> Uni<Void> runRows(Claimed job, RowReader<T> reader, Function<List<ParsedRow<T>>, Set<String>> named,
            HolderCheck<T> holderCheck, Recorder<T> recorder) {
        return offloaded(job, reader).chain(read -> {
            if (read.file() == null) {
                return finish(job, unreadable(read), c -> Uni.createFrom().voidItem());
            }
            return StatusReporting.holders(pool, named.apply(read.rows())).chain(holders -> {
                holderCheck.check(read.file(), read.rows(), holders, job.admin() ? null : job.org());
                List<T> accepted = acceptedValues(read.rows());
                Outcome outcome = outcome(job.mode(), read.rows(), accepted.size());
                boolean apply = outcome.state() == BulkJobState.SUCCEEDED
                        || outcome.state() == BulkJobState.PARTIALLY_SUCCEEDED;
                return progress(job, read.rows().size()).chain(() -> finish(job, outcome,
                        c -> apply ? recorder.record(c, accepted) : Uni.createFrom().voidItem()));
            });
        });
    }

    /** Reads and checks the file on a worker thread: parsing a national list is CPU work, not for the event loop. */
    private static <T> Uni<Read<T>> offloaded(Claimed job, RowReader<T> reader) {
        return Uni.createFrom().item(() -> {
            try {
                ListFile file = ListFile.read(job.format(), job.content(), job.charset());
                return new Read<>(file, reader.read(file), null);
            } catch (org.shortagewatch.common.bulk.Sheet.UnreadableFile e) {
                return new Read<T>(null, List.of(), e.getMessage());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Outcome unreadable(Read<?> read) {
        return new Outcome(BulkJobState.REJECTED, 0, 0, 0, List.of(), "the file cannot be read: " + read.problem());
    }

    private static <T> List<T> acceptedValues(List<ParsedRow<T>> rows) {
        return rows.stream().filter(ParsedRow::valid).map(ParsedRow::value).toList();
    }

    static Outcome outcome(BulkMode mode, List<? extends ParsedRow<?>> rows, int valid) {
        List<RowError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        int invalid = rows.size() - valid;
        if (rows.isEmpty()) {
            return new Outcome(BulkJobState.REJECTED, 0, 0, 0, errors, "the file has no rows below its header");
        }
        if (invalid == 0) {
            return new Outcome(BulkJobState.SUCCEEDED, rows.size(), valid, 0, errors, null);
        }
        if (mode == BulkMode.ALL_OR_NOTHING || valid == 0) {
            return new Outcome(BulkJobState.REJECTED, rows.size(), 0, rows.size(), errors,
                    invalid + " of " + rows.size() + " rows are invalid; nothing was recorded");
        }
        return new Outcome(BulkJobState.PARTIALLY_SUCCEEDED, rows.size(), valid, invalid, errors, null);
    }

    private Uni<Void> progress(Claimed job, int validated) {
        return pool.preparedQuery("""
                update bulk_job set validated_rows = $2, total_rows = $2, heartbeat_at = now()
                where id = $1 and state = 'RUNNING' and attempts = $3""")
                .execute(Tuple.of(job.id(), validated, job.attempt())).replaceWithVoid();
    }

    interface Effect {
        Uni<Void> apply(SqlConnection connection);
    }

    /**
     * Applies the effect and marks the job finished in one transaction, only if this runner still holds the job:
     * otherwise the transaction rolls back and the effect is not applied.
     */
    private Uni<Void> finish(Claimed job, Outcome outcome, Effect effect) {
        String errors = errorsJson(outcome.errors());
        return pool.withTransaction(c -> c.preparedQuery("""
                update bulk_job set state = $2, total_rows = $3, validated_rows = $3, accepted_rows = $4,
                       rejected_rows = $5, error_count = $6, errors = $7, failure = $8, finished_at = now(),
                       heartbeat_at = now()
                where id = $1 and state = 'RUNNING' and attempts = $9""")
                .execute(Tuple.from(Arrays.asList(job.id(), outcome.state().name(), outcome.total(),
                        outcome.accepted(), outcome.rejected(), outcome.errors().size(), errors, outcome.failure(),
                        job.attempt())))
                .chain(updated -> {
                    if (updated.rowCount() != 1) {
                        throw new IllegalStateException("bulk job " + job.id() + " was taken over by another runner");
                    }
                    return effect.apply(c);
                }))
                .invoke(() -> LOG.infof("bulk job %s %s: %d rows, %d accepted, %d rejected", job.id(),
                        outcome.state(), outcome.total(), outcome.accepted(), outcome.rejected()));
    }

    private String errorsJson(List<RowError> errors) {
        try {
            return json.writeValueAsString(errors.subList(0, Math.min(ERRORS_KEPT, errors.size())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
