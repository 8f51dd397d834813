package org.shortagewatch.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Where organisations that are not facilities (manufacturers) are mailed: the address their own events name, the
 * latest one kept. On the SQL client, in the caller's transaction.
 */
@ApplicationScoped
public class OrganisationContacts {

    /** Keeps {@code email} as the organisation's address; without one, the address kept before stays. */
    public Uni<Void> keep(SqlConnection c, String org, String name, String email) {
        if (email == null) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery("""
                insert into organisation_contact (org, name, email) values ($1, $2, $3)
                on conflict (org) do update set name = excluded.name, email = excluded.email, updated_at = now()""")
                .execute(Tuple.of(org, name, email))
                .replaceWithVoid();
    }
}
