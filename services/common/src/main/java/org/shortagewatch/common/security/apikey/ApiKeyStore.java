package org.shortagewatch.common.security.apikey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The {@code api_key} table on the SQL client: keys are written in the caller's transaction, listed outside any. */
@ApplicationScoped
public class ApiKeyStore {

    /** A key as stored (never its secret, only the secret's hash, which is not read back). */
    public record StoredKey(UUID id, String name, String org, String role, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {
    }

    @Inject
    Pool pool;

    Uni<Void> insert(SqlConnection c, StoredKey key, byte[] secretHash, String createdBy) {
        return c.preparedQuery("""
                insert into api_key (id, org, role, name, secret_hash, created_by, created_at, expires_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(List.<Object>of(key.id(), key.org(), key.role(), key.name(),
                        Buffer.buffer(secretHash), createdBy, key.createdAt().atOffset(ZoneOffset.UTC),
                        key.expiresAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** Every key, or an organisation's ({@code org} null: all), newest first. */
    Uni<List<StoredKey>> list(String org) {
        String columns = "select id, name, org, role, created_at, expires_at, revoked_at from api_key ";
        var rows = org == null
                ? pool.query(columns + "order by created_at desc").execute()
                : pool.preparedQuery(columns + "where org = $1 order by created_at desc").execute(Tuple.of(org));
        return rows.map(result -> {
            List<StoredKey> keys = new ArrayList<>();
            for (Row r : result) {
                keys.add(new StoredKey(r.getUUID("id"), r.getString("name"), r.getString("org"), r.getString("role"),
                        Rows.instant(r, "created_at"), Rows.instant(r, "expires_at"), Rows.instant(r, "revoked_at")));
            }
            return keys;
        });
    }

    /** Revokes the key if it is the organisation's ({@code org} null: any); how many keys that was, 0 or 1. */
    Uni<Integer> revoke(SqlConnection c, UUID id, String org) {
        return c.preparedQuery("""
                update api_key set revoked_at = coalesce(revoked_at, now())
                where id = $1 and ($2 or org = $3)""")
                .execute(Tuple.of(id, org == null, org == null ? "" : org))
                .map(result -> result.rowCount());
    }
}
