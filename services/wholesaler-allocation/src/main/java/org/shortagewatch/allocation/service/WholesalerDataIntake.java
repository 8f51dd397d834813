package org.shortagewatch.allocation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.allocation.domain.AuditAction;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.allocation.intake.RecordFile;
import org.shortagewatch.allocation.intake.RecordFileReader;
import org.shortagewatch.common.bulk.UploadedFile;
import org.shortagewatch.allocation.persistence.WholesalerDataStore;
import org.shortagewatch.allocation.persistence.WholesalerDataStore.UnitMismatch;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.config.UploadSettings;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Takes in what a wholesaler posts: records one by one or as a bulk file, and its supply of a product for a period.
 * Each posting is one transaction on the Vert.x SQL client: the units must be their products' units, then the data
 * is stored, the ingredients it touches are recomputed ({@link Recomputation#afterPosting}, their outbox rows
 * included) and the posting is audited; a refused posting leaves nothing behind.
 */
@ApplicationScoped
public class WholesalerDataIntake {

    @Inject
    Pool pool;

    @Inject
    WholesalerDataStore data;

    @Inject
    RecordFileReader files;

    @Inject
    Recomputation recomputation;

    @Inject
    AuditTrail audit;

    @Inject
    UploadSettings upload;

    /** Posts one record; a record with violations is refused, naming every field that is wrong. */
    public Uni<UploadResult> postRecord(String wholesalerCode, WholesalerRecord record) {
        List<WholesalerRecord.Violation> violations = record.violations();
        if (!violations.isEmpty()) {
            WholesalerRecord.Violation first = violations.get(0);
            return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                    Text.of(first.field() + ": " + first.detail().ja(), first.field() + ": " + first.message()),
                    violations.stream().map(v -> Problem.FieldError.of(v.field(), v.detail())).toList()));
        }
        return post(record.kind(), wholesalerCode, List.of(record),
                m -> Problem.FieldError.of("unit", describe(m)));
    }

    /**
     * Posts a bulk file of records of one kind, all or nothing: a file with any error is refused whole, every error
     * naming where it is in the file.
     *
     * @param contentType the request's, which says the file's format (CSV or xlsx) and a CSV file's charset
     */
    public Uni<UploadResult> postFile(RecordKind kind, String wholesalerCode, String contentType, byte[] content) {
        RecordFile file = files.read(UploadedFile.of(contentType, content), kind, wholesalerCode, upload.maxRows());
        if (!file.errors().isEmpty()) {
            Problem.FieldError first = file.errors().get(0);
            String firstJa = first.detailJa() != null ? first.detailJa() : first.detail();
            return Uni.createFrom().failure(new ProblemException(400, "Invalid request", Text.of(
                    "アップロードに " + file.errors().size() + " 件の誤りがあります。最初の誤り: " + firstJa,
                    file.errors().size() + " error(s) in the upload; first: " + first.detail()), file.errors()));
        }
        return post(kind, wholesalerCode, file.records(),
                m -> file.recordError(m.index(), "unit", describe(m)));
    }

    /** Sets a wholesaler's supply of a product for a period (checked by the caller); its unit must be the product's. */
    public Uni<UploadResult> putSupply(String wholesalerCode, String yjCode, LocalDate periodStart,
            LocalDate periodEnd, long supplyUnits, String unit) {
        WholesalerRecord unitCheck = new WholesalerRecord(RecordKind.STOCK, wholesalerCode, null, null, null, yjCode,
                periodStart, 0L, unit);
        String ingredientKey = YjCodes.ingredientKey(yjCode);
        return pool.withTransaction(c -> data
                .checkUnits(c, List.of(unitCheck))
                .invoke(mismatches -> {
                    if (!mismatches.isEmpty()) {
                        throw ProblemException.invalidField("unit", describe(mismatches.get(0)));
                    }
                })
                .chain(() -> data.putSupply(c, wholesalerCode, yjCode, periodStart, periodEnd, supplyUnits))
                .chain(() -> recomputation.afterPosting(c, List.of(ingredientKey), RecomputationTrigger.SUPPLY_POSTED))
                .call(() -> audit.record(c, AuditAction.SUPPLY_PUT, wholesalerCode + "/" + yjCode))
                .map(recomputed -> new UploadResult(null, wholesalerCode, 1, List.of(ingredientKey), recomputed)));
    }

    /** The words of a unit mismatch. */
    static Text describe(UnitMismatch m) {
        return Text.of("「" + m.unit() + "」は " + m.yjCode() + " の単位ではありません（単位は「" + m.expected() + "」）",
                "'" + m.unit() + "' is not the unit of " + m.yjCode() + ", which is counted in '" + m.expected()
                        + "'");
    }

    private Uni<UploadResult> post(RecordKind kind, String wholesalerCode, List<WholesalerRecord> records,
            Function<UnitMismatch, Problem.FieldError> errorOf) {
        return pool.withTransaction(c -> store(c, records, errorOf)
                .chain(ingredients -> recomputation.afterPosting(c, ingredients, RecomputationTrigger.posted(kind))
                        .map(recomputed -> new UploadResult(kind, wholesalerCode, records.size(), ingredients,
                                recomputed)))
                .call(() -> audit.record(c, AuditAction.posted(kind),
                        wholesalerCode + " (" + records.size() + " records)")));
    }

    /**
     * Stores the records, in the caller's transaction: their units must be their products' units.
     *
     * @param errorOf names the offending field (and, for a file, where the record is) of a record whose unit is wrong
     * @return the distinct ingredient keys the records are about, sorted
     */
    private Uni<List<String>> store(SqlConnection c, List<WholesalerRecord> records,
            Function<UnitMismatch, Problem.FieldError> errorOf) {
        return data.checkUnits(c, records).chain(mismatches -> {
            if (!mismatches.isEmpty()) {
                List<Problem.FieldError> errors = mismatches.stream().limit(100).map(errorOf).toList();
                Problem.FieldError first = errors.get(0);
                return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                        Text.of(first.detailJa() != null ? first.detailJa() : first.detail(), first.detail()),
                        errors));
            }
            return data.upsert(c, records).replaceWith(() -> records.stream()
                    .map(WholesalerRecord::ingredientKey).distinct().sorted().toList());
        });
    }
}
