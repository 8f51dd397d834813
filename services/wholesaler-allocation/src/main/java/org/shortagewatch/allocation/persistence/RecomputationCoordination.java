package org.shortagewatch.allocation.persistence;

import org.shortagewatch.common.sql.Rows;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Coordinates recomputations in the database, on the Vert.x SQL client: which ingredients need recomputing, and the
 * per-ingredient lock that lets one recomputation of an ingredient run at a time.
 */
@ApplicationScoped
public class RecomputationCoordination {

    /**
     * Serialises recomputations of one ingredient (per transaction), and gives the transaction's reads enough
     * memory to group a nationwide ingredient's records in memory: with the default 4 MB the plan customers' hash
     * join ran in batches and its sort spilled to disk.
     */
    public Uni<Void> lock(SqlConnection c, String ingredientKey) {
        return c.preparedQuery("""
                select set_config('work_mem', '64MB', true)
                from (select pg_advisory_xact_lock(hashtext('ingredient:' || $1::text))) l""")
                .execute(Tuple.of(ingredientKey)).replaceWithVoid();
    }

    /** The ingredients that need recomputing: a product in limited shipment (or stopped), or an open finding. */
    private static final String NEEDING_RECOMPUTATION = """
            select substr(yj_code, 1, 7) i from product_status where shipment_response <> 'NORMAL'
            union
            select ingredient_key from finding where status = 'OPEN'""";

    /** Every ingredient that needs recomputing ({@link #NEEDING_RECOMPUTATION}): what a sweep recomputes. */
    public Uni<List<String>> needingRecomputation(SqlClient c) {
        return c.query("select k.i from (" + NEEDING_RECOMPUTATION + ") k order by k.i").execute()
                .map(rows -> Rows.list(rows, row -> row.getString("i")));
    }

    /** Those of {@code ingredientKeys} that need recomputing ({@link #NEEDING_RECOMPUTATION}). */
    public Uni<List<String>> needingRecomputation(SqlClient c, List<String> ingredientKeys) {
        if (ingredientKeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return c.preparedQuery("select k.i from (" + NEEDING_RECOMPUTATION + ") k where k.i = any($1::text[])"
                + " order by k.i")
                .execute(Tuple.of(ingredientKeys.toArray(String[]::new)))
                .map(rows -> Rows.list(rows, row -> row.getString("i")));
    }
}
