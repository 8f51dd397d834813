package org.shortagewatch.common.audit;

import java.time.Instant;
import java.util.HexFormat;

import io.vertx.mutiny.sqlclient.Row;

/**
 * One row of the audit trail, as administrators read it; hashes in lower-case hex. {@code chainSeq}, {@code prevHash}
 * and {@code hash} are null until the row is linked into the chain (within a fraction of a second of its commit).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String org, String action, String target,
        String sourceAddress, String outcome, Long chainSeq, String prevHash, String hash) {

    static final String COLUMNS =
            "id, occurred_at, actor, org, action, target, source_address, outcome, chain_seq, prev_hash, hash";

    static AuditEntry of(Row row) {
        return new AuditEntry(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("actor"), row.getString("org"), row.getString("action"), row.getString("target"),
                row.getString("source_address"), row.getString("outcome"), row.getLong("chain_seq"),
                hex(row, "prev_hash"), hex(row, "hash"));
    }

    private static String hex(Row row, String column) {
        var bytes = row.getBuffer(column);
        return bytes == null ? null : HexFormat.of().formatHex(bytes.getBytes());
    }
}
