package org.shortagewatch.notification.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The names this service knows of organisations, by code: a facility's as it was registered (the facility list the
 * operator uploads, or the facility's own page), a manufacturer's as the product master states it (製造販売業者名).
 * A wholesaler's name is known to no service, so a wholesaler is named by its code alone.
 */
@ApplicationScoped
public class OrganisationNames {

    /**
     * Each manufacturer's name, from the most recently changed of its products that states one; a subquery to join on
     * {@code manufacturer_code}.
     */
    static final String MAKERS = """
            (select distinct on (manufacturer_code) manufacturer_code, manufacturer_name from product
             where manufacturer_name is not null order by manufacturer_code, updated_at desc)""";

    @Inject
    Pool pool;

    /** The names known of {@code codes}, by code; a code with no known name is absent. */
    public Uni<Map<String, String>> of(List<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("""
                select c.code, coalesce(f.name, m.manufacturer_name) as name
                from unnest($1::text[]) as c(code)
                left join facility f on f.code = c.code
                left join %s m on m.manufacturer_code = c.code""".formatted(MAKERS))
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    for (Row r : rows) {
                        if (r.getString("name") != null) {
                            names.put(r.getString("code"), r.getString("name"));
                        }
                    }
                    return names;
                });
    }
}
