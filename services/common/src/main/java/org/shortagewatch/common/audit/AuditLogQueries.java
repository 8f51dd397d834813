package org.shortagewatch.common.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the audit trail for administrators, page by page, newest first. */
@ApplicationScoped
public class AuditLogQueries {

    private static final String NEWEST = "select " + AuditEntry.COLUMNS
            + " from audit_log where ($1::bigint is null or id < $1) order by id desc limit $2";

    @Inject
    Pool pool;

    /** At most {@code limit} rows with an id below {@code beforeId} (null: the newest rows). */
    public Uni<List<AuditEntry>> newest(Long beforeId, int limit) {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(beforeId, limit)).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                entries.add(AuditEntry.of(row));
            }
            return entries;
        });
    }
}
