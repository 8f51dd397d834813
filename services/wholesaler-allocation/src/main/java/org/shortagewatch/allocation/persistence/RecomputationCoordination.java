package org.shortagewatch.allocation.persistence;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;

/**
 * Coordinates recomputations in the database: which ingredients need recomputing, and the per-ingredient lock that
 * lets one recomputation of an ingredient run at a time.
 */
@ApplicationScoped
public class RecomputationCoordination {

    @Inject
    JsonSql sql;

    /**
     * Serialises recomputations of one ingredient (per transaction), and gives the transaction's reads enough
     * memory to group a nationwide ingredient's records in memory: with the default 4 MB the plan customers' hash
     * join ran in batches and its sort spilled to disk.
     */
    public Uni<Void> lock(Mutiny.Session session, String ingredientKey) {
        return session.createNativeQuery("""
                select set_config('work_mem', '64MB', true)
                from (select pg_advisory_xact_lock(hashtext('ingredient:' || :i))) l""")
                .setParameter("i", ingredientKey).getSingleResult().replaceWithVoid();
    }

    /** The ingredients that need recomputing: a product in limited shipment (or stopped), or an open finding. */
    private static final String NEEDING_RECOMPUTATION = """
            select substr(yj_code, 1, 7) i from product_status where shipment_response <> 'NORMAL'
            union
            select ingredient_key from finding where status = 'OPEN'""";

    /** Every ingredient that needs recomputing ({@link #NEEDING_RECOMPUTATION}): what a sweep recomputes. */
    public Uni<List<String>> needingRecomputation(Mutiny.Session session) {
        return sql.query(session, "select coalesce(json_agg(k.i order by k.i), '[]'::json)::text from ("
                + NEEDING_RECOMPUTATION + ") k", Map.of(), new TypeReference<List<String>>() {
                });
    }

    /** Those of {@code ingredientKeys} that need recomputing ({@link #NEEDING_RECOMPUTATION}). */
    public Uni<List<String>> needingRecomputation(Mutiny.Session session, List<String> ingredientKeys) {
        if (ingredientKeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.query(session, "select coalesce(json_agg(k.i order by k.i), '[]'::json)::text from ("
                + NEEDING_RECOMPUTATION + ") k where k.i = any(cast(:keys as text[]))",
                Map.of("keys", ingredientKeys.toArray(String[]::new)), new TypeReference<List<String>>() {
                });
    }
}
