package org.shortagewatch.common.security.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The {@code api_key} table: keys are written in the caller's transaction, listed outside any. */
@ApplicationScoped
public class ApiKeyStore {

    /** A key as stored (never its secret, only the secret's hash, which is not read back). */
    public record StoredKey(UUID id, String name, String org, String role, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {
    }

    @Inject
    Pool pool;

    Uni<Integer> insert(Mutiny.Session session, StoredKey key, byte[] secretHash, String createdBy) {
        return session.createNativeQuery("""
                insert into api_key (id, org, role, name, secret_hash, created_by, created_at, expires_at)
                values (:id, :org, :role, :name, :hash, :by, :now, :expires)""")
                .setParameter("id", key.id()).setParameter("org", key.org()).setParameter("role", key.role())
                .setParameter("name", key.name()).setParameter("hash", secretHash).setParameter("by", createdBy)
                .setParameter("now", key.createdAt()).setParameter("expires", key.expiresAt())
                .executeUpdate();
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
                        instant(r, "created_at"), instant(r, "expires_at"), instant(r, "revoked_at")));
            }
            return keys;
        });
    }

    /** Revokes the key if it is the organisation's ({@code org} null: any); how many keys that was, 0 or 1. */
    Uni<Integer> revoke(Mutiny.Session session, UUID id, String org) {
        return session.createNativeQuery("""
                update api_key set revoked_at = coalesce(revoked_at, now())
                where id = :id and (:admin or org = :org)""")
                .setParameter("id", id).setParameter("admin", org == null)
                .setParameter("org", org == null ? "" : org)
                .executeUpdate();
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column) == null ? null : row.getOffsetDateTime(column).toInstant();
    }
}
