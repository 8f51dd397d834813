package org.shortagewatch.allocation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.allocation.domain.AuditAction;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.persistence.WholesalerDataStore;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * A facility's report that it cannot obtain a product (入手困難), in one transaction on the Vert.x SQL client:
 * stored once per facility, product and day, the product's ingredient recomputed (clusters of reports from one
 * region are a maldistribution signal, their outbox rows in the same transaction), and audited.
 */
@ApplicationScoped
public class CannotObtainReporting {

    /** The stored report (the one already stored for that facility, product and day, if it was posted before). */
    public record CannotObtainReceipt(UUID id, String facilityCode, String prefectureCode, String yjCode,
            LocalDate date, List<String> recomputed) {
    }

    @Inject
    Pool pool;

    @Inject
    WholesalerDataStore data;

    @Inject
    Recomputation recomputation;

    @Inject
    AuditTrail audit;

    /** Records the report of a facility (checked by the caller) about a product on a day. */
    public Uni<CannotObtainReceipt> report(String facilityCode, String yjCode, LocalDate day, String note) {
        String ingredient = YjCodes.ingredientKey(yjCode);
        return pool.withTransaction(c -> data
                .reportCannotObtain(c, facilityCode, yjCode, day, note)
                .chain(id -> recomputation.afterPosting(c, List.of(ingredient),
                                RecomputationTrigger.CANNOT_OBTAIN_REPORTED)
                        .map(recomputed -> new CannotObtainReceipt(id, facilityCode,
                                FacilityCodes.prefectureOf(facilityCode), yjCode, day, recomputed)))
                .call(() -> audit.record(c, AuditAction.CANNOT_OBTAIN_REPORT, facilityCode + "/" + yjCode)));
    }
}
