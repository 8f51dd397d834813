package org.shortagewatch.report.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Ingredients by name, as the product master states them: for each ingredient key (the first seven characters of a
 * YJ code) the name its first product by YJ code gives, one probe of the key's index per ingredient.
 */
@ApplicationScoped
public class IngredientNames {

    /** An ingredient key and its name. */
    public record Named(String key, String name) {
    }

    @Inject
    Pool pool;

    /** The names of the ingredients {@code keys} name, by key; a key no product names is left out. */
    public Uni<List<Named>> of(List<String> keys) {
        return pool.preparedQuery("""
                select distinct on (ingredient_key) ingredient_key, ingredient from product
                where ingredient_key = any($1::text[]) and nullif(btrim(ingredient), '') is not null
                order by ingredient_key, yj_code""")
                .execute(Tuple.of(keys.toArray(String[]::new)))
                .map(rows -> Rows.list(rows, r -> new Named(r.getString("ingredient_key"), r.getString("ingredient"))));
    }
}
