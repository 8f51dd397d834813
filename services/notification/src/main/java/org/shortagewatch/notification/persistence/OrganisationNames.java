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
 * A wholesaler's name is wholesaler-allocation's (its registry): this service knows it only as an allocation's event
 * carries it, so a notice addressed to a wholesaler names it by its code alone.
 */
@ApplicationScoped
public class OrganisationNames {

    /**
     * A join that names the manufacturer whose code is {@code code} (an SQL expression) as {@code m.manufacturer_name}:
     * the name its most recently changed product states, found through {@code product_maker_name}.
     */
    static String makerNamed(String code) {
        return """
                left join lateral (select p.manufacturer_name from product p
                                   where p.manufacturer_code = %s and p.manufacturer_name is not null
                                   order by p.updated_at desc limit 1) m on true""".formatted(code);
    }

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
                %s""".formatted(makerNamed("c.code")))
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
