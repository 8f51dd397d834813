package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.Freshness;
import org.shortagewatch.report.domain.ProductOwnership;
import org.shortagewatch.report.persistence.ClaimedBulkJob;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.StatusConfirmationStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A maker confirms that its products' statuses have not changed, for one product or a list, without a new revision
 * or a supply-status event: the confirmation, and its audit row, in one transaction. A re-upload's unchanged rows
 * confirm their products in the transaction that finishes the job.
 */
@ApplicationScoped
public class StatusConfirmations {

    @Inject
    Pool pool;

    @Inject
    ProductCatalog catalog;

    @Inject
    StatusConfirmationStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /**
     * Confirms one product the caller's organisation holds (any, for an admin): an unknown code is not found, another
     * organisation's product refused (403).
     */
    public Uni<Void> confirm(String yjCode) {
        return pool.withTransaction(c -> catalog.holders(c, List.of(yjCode)).chain(holders -> {
            // The catalogue is public: an unknown code is told as such; another maker's product is refused.
            if (!holders.containsKey(yjCode)) {
                throw ProblemException.notFound(ProductOwnership.unknown(yjCode));
            }
            if (Freshness.firstNotConfirmable(List.of(yjCode), holders, caller::actsFor) != null) {
                throw ProblemException.forbidden(ProductOwnership.notYours(yjCode));
            }
            return recorded(c, List.of(yjCode));
        }));
    }

    /**
     * Confirms every product of the list, or none: a product that is unknown or another organisation's refuses the
     * request, naming the first such code and its place in the list.
     */
    public Uni<Void> confirmAll(List<String> yjCodes) {
        List<String> distinct = yjCodes.stream().distinct().toList();
        return pool.withTransaction(c -> catalog.holders(c, distinct).chain(holders -> {
            String refused = Freshness.firstNotConfirmable(distinct, holders, caller::actsFor);
            if (refused != null) {
                throw ProblemException.invalidField("yjCodes[" + yjCodes.indexOf(refused) + "]",
                        holders.containsKey(refused) ? ProductOwnership.notYours(refused)
                                : ProductOwnership.unknown(refused));
            }
            return recorded(c, distinct);
        }));
    }

    /**
     * The products of a re-upload's unchanged rows, confirmed in the uploader's name in the transaction of
     * {@code c} (the job's own audit entry covers them).
     */
    public Uni<Void> confirmUnchanged(SqlConnection c, ClaimedBulkJob job, List<String> yjCodes) {
        return store.confirm(c, yjCodes.stream().distinct().toList(), now(), job.submittedBy(), job.org(), job.id());
    }

    private Uni<Void> recorded(SqlConnection c, List<String> yjCodes) {
        return store.confirm(c, yjCodes, now(), caller.subject(), caller.org().orElse(null), null)
                .call(() -> audit.record(c, AuditAction.STATUS_CONFIRM, String.join(",", yjCodes)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

}
