package org.shortagewatch.notification.persistence;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.rest.FacilityRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Facilities and bulk subscriptions, written set-based (one statement per batch, never one per row) on the SQL
 * client, in the caller's transaction.
 */
@ApplicationScoped
public class Facilities {

    /** Rows per statement in bulk registration. */
    static final int BATCH = 10_000;

    /** Registers or updates one facility. */
    public Uni<Void> upsert(SqlConnection c, String code, FacilityRequest f) {
        return c.preparedQuery("""
                insert into facility (code, kind, prefecture_code, name, email, contacts, quiet_start, quiet_end, digest)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                on conflict (code) do update set kind = excluded.kind, name = excluded.name, email = excluded.email,
                    contacts = excluded.contacts, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                    digest = excluded.digest, updated_at = now()""")
                .execute(Tuple.from(Arrays.<Object>asList(code, f.kind().name(), code.substring(0, 2), f.name(),
                        f.email(), EventJson.write(f.contacts() == null ? List.of() : f.contacts()), f.quietStart(),
                        f.quietEnd(), Boolean.TRUE.equals(f.digest()))))
                .replaceWithVoid();
    }

    /** Registers or updates many facilities in the caller's transaction: one statement per {@value #BATCH} rows. */
    public Uni<Integer> upsertAll(SqlConnection c, List<FacilityEntry> rows) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<FacilityEntry> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            chain = chain.chain(done -> c.preparedQuery("""
                    insert into facility (code, kind, prefecture_code, name, email)
                    select c, k, left(c, 2), n, e
                    from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as t(c, k, n, e)
                    on conflict (code) do update set kind = excluded.kind, name = excluded.name,
                        email = coalesce(excluded.email, facility.email), updated_at = now()""")
                    .execute(Tuple.of(BatchArrays.text(batch, FacilityEntry::code),
                            BatchArrays.text(batch, r -> r.kind().name()), BatchArrays.text(batch, FacilityEntry::name),
                            BatchArrays.text(batch, FacilityEntry::email)))
                    .map(written -> done + written.rowCount()));
        }
        return chain;
    }

    /**
     * Subscribes a facility to every product of its formulary in one statement, in list order; products it already
     * follows by YJ code are left as they are. Every subscription added takes {@code webhookUrl} (null without the
     * WEBHOOK channel) and its own item of {@code secrets}. Returns how many were added. In the caller's transaction.
     */
    public Uni<Integer> subscribeFormulary(SqlConnection c, String facility, List<String> yjCodes,
            String[] channels, short minSeverity, String webhookUrl, List<String> secrets) {
        UUID[] ids = yjCodes.stream().map(ignored -> UUID.randomUUID()).toArray(UUID[]::new);
        return c.preparedQuery("""
                insert into subscription (id, facility_code, kind, target, yj_code, channels, min_severity, webhook_url,
                                          secret)
                select t.id, $1::text, 'YJ_CODE', t.yj, t.yj, $2::text[], $3::smallint, $7::text, t.secret
                from unnest($4::uuid[], $5::text[], $6::text[]) with ordinality as t(id, yj, secret, n)
                where not exists (select 1 from subscription s
                                  where s.facility_code = $1::text and s.kind = 'YJ_CODE' and s.target = t.yj
                                    and s.active)
                order by t.n""")
                .execute(Tuple.from(Arrays.<Object>asList(facility, channels, minSeverity, ids,
                        yjCodes.toArray(String[]::new), secrets.toArray(String[]::new), webhookUrl)))
                .map(written -> written.rowCount());
    }

    /**
     * A facility as stored, or null when there is none; given the connection of a transaction, it sees that
     * transaction's own changes.
     */
    public Uni<FacilityView> find(SqlClient client, String code) {
        return client.preparedQuery("""
                select code, kind, prefecture_code, name, email, contacts, quiet_start, quiet_end, digest
                from facility where code = $1""")
                .execute(Tuple.of(code))
                .map(rows -> Rows.first(rows, Facilities::view).orElse(null));
    }

    /** The one place a facility row becomes a {@link FacilityView}. */
    private static FacilityView view(Row r) {
        FacilityKind kind = FacilityKind.valueOf(r.getString("kind"));
        FacilityRequest.Contact[] contacts = EventJson.read(r.getString("contacts"), FacilityRequest.Contact[].class);
        return new FacilityView(r.getString("code"), kind.name(), kind.japanese(), r.getString("prefecture_code"),
                r.getString("name"), r.getString("email"), List.of(contacts), r.getLocalTime("quiet_start"),
                r.getLocalTime("quiet_end"), Boolean.TRUE.equals(r.getBoolean("digest")));
    }

    /** A facility as the API shows it. */
    public record FacilityView(String code, String kind, String kindLabel, String prefectureCode, String name,
            String email, List<FacilityRequest.Contact> contacts, LocalTime quietStart, LocalTime quietEnd,
            boolean digest) {
    }
}
