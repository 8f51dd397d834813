package org.shortagewatch.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Checks the audit trail's hash chain with the database's verification command, {@code audit_log_verify()} (see
 * {@code V0_5__audit_log_async_chain.sql}; {@code select * from audit_log_verify()} in psql does the same): in one
 * snapshot, every linked row's hash must equal the hash recomputed from its content and chain position, every
 * row's {@code prev_hash} must equal the hash of the row before it in the chain (none for the first row), and the
 * positions must follow each other. Reports the first row where any of that fails, and how many rows are written
 * but not linked yet (the {@link AuditLinker} links them within a fraction of a second).
 *
 * <p>The chain reveals a changed, inserted or removed row anywhere but at the very end; rows removed from the end
 * leave a shorter chain that is still intact, which only a copy of an earlier head hash kept elsewhere reveals.
 */
@ApplicationScoped
public class AuditVerification {

    @Inject
    Pool pool;

    /**
     * @param intact true when every row's hash and link hold
     * @param rowsChecked how many rows were checked (all of them)
     * @param firstBrokenId the first row whose hash or link is wrong; null when intact
     * @param reason what is wrong with that row ("hash does not match the row's content", "prev_hash does not link
     *        to row N"); null when intact
     * @param rowsPending rows committed but not linked into the chain yet
     */
    public record Result(boolean intact, long rowsChecked, Long firstBrokenId, String reason, long rowsPending) {
    }

    public Uni<Result> verify() {
        return pool.query("select intact, rows_checked, first_broken_id, reason, rows_pending from audit_log_verify()").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Result(row.getBoolean("intact"), row.getLong("rows_checked"),
                            row.getLong("first_broken_id"), row.getString("reason"), row.getLong("rows_pending"));
                });
    }
}
