package org.shortagewatch.allocation.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.allocation.domain.NameChange;
import org.shortagewatch.allocation.domain.Wholesaler;
import org.shortagewatch.common.sql.Rows;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The wholesalers the operator registered, on the Vert.x SQL client. */
@ApplicationScoped
public class WholesalerStore {

    /**
     * Registers the wholesaler under its name, in the caller's transaction: inserted when its code is new, renamed when
     * its name differs, left as it is otherwise. Concurrent first registrations of one code cannot both insert: the
     * second finds the first's row and renames it, if its name differs.
     */
    public Uni<NameChange> register(SqlConnection c, Wholesaler wholesaler) {
        Tuple codeAndName = Tuple.of(wholesaler.code(), wholesaler.name());
        return c.preparedQuery("insert into wholesaler (code, name) values ($1, $2) on conflict (code) do nothing")
                .execute(codeAndName)
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().item(NameChange.REGISTERED)
                        : c.preparedQuery("""
                                update wholesaler set name = $2, updated_at = now()
                                where code = $1 and name <> $2""")
                                .execute(codeAndName)
                                .map(renamed -> renamed.rowCount() == 1 ? NameChange.RENAMED : NameChange.UNCHANGED));
    }

    /** Every registered wholesaler, by code. */
    public Uni<List<Wholesaler>> all(SqlClient c) {
        return c.query("select code, name from wholesaler order by code").execute()
                .map(rows -> Rows.list(rows, WholesalerStore::wholesaler));
    }

    /** The wholesaler registered under {@code code}, if any. */
    public Uni<Optional<Wholesaler>> find(SqlClient c, String code) {
        return c.preparedQuery("select code, name from wholesaler where code = $1").execute(Tuple.of(code))
                .map(rows -> Rows.first(rows, WholesalerStore::wholesaler));
    }

    /** The names registered for {@code codes}, by code; a code nobody registered is absent. One statement. */
    public Uni<Map<String, String>> names(SqlClient c, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return c.preparedQuery("select code, name from wholesaler where code = any($1::text[])")
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> Rows.list(rows, WholesalerStore::wholesaler).stream()
                        .collect(Collectors.toMap(Wholesaler::code, Wholesaler::name)));
    }

    private static Wholesaler wholesaler(Row r) {
        return new Wholesaler(r.getString("code"), r.getString("name"));
    }
}
