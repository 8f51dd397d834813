package org.shortagewatch.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The newest revision applied of each aggregate another service announces (a maldistribution finding, a
 * wholesaler's allocation plan for a product), so an event that arrives after a newer one notifies nobody. On the
 * SQL client, in the consumer's transaction.
 */
@ApplicationScoped
public class AppliedRevisions {

    /** Records the revision of an aggregate; false when one at least as new was applied before. */
    public Uni<Boolean> newer(SqlConnection c, String aggregate, long revision) {
        return c.preparedQuery("""
                insert into applied_revision (aggregate, revision) values ($1, $2)
                on conflict (aggregate) do update set revision = excluded.revision
                where applied_revision.revision < excluded.revision""")
                .execute(Tuple.of(aggregate, revision))
                .map(rows -> rows.rowCount() == 1);
    }
}
