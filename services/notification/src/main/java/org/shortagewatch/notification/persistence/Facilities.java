package org.shortagewatch.notification.persistence;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.rest.FacilityRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Facilities and bulk subscriptions, written set-based: one statement per batch, never one per row. */
@ApplicationScoped
public class Facilities {

    /** Rows per statement in bulk registration. */
    static final int BATCH = 10_000;

    public Uni<Void> upsert(Mutiny.Session session, String code, FacilityRequest f) {
        return session.createNativeQuery("""
                insert into facility (code, kind, prefecture_code, name, email, contacts, quiet_start, quiet_end, digest)
                values (:code, :kind, :pref, :name, :email, :contacts, :qs, :qe, :digest)
                on conflict (code) do update set kind = excluded.kind, name = excluded.name, email = excluded.email,
                    contacts = excluded.contacts, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                    digest = excluded.digest, updated_at = now()""")
                .setParameter("code", code)
                .setParameter("kind", f.kind().name())
                .setParameter("pref", code.substring(0, 2))
                .setParameter("name", f.name())
                .setParameter("email", f.email())
                .setParameter("contacts", EventJson.write(f.contacts() == null ? List.of() : f.contacts()))
                .setParameter("qs", f.quietStart())
                .setParameter("qe", f.quietEnd())
                .setParameter("digest", Boolean.TRUE.equals(f.digest()))
                .executeUpdate()
                .replaceWithVoid();
    }

    /**
     * Registers or updates many facilities in the transaction of {@code connection}: one statement per
     * {@value #BATCH} rows.
     */
    public Uni<Integer> upsertAll(SqlConnection connection, List<FacilityEntry> rows) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<FacilityEntry> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            chain = chain.chain(done -> connection.preparedQuery("""
                    insert into facility (code, kind, prefecture_code, name, email)
                    select c, k, left(c, 2), n, e from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as t(c, k, n, e)
                    on conflict (code) do update set kind = excluded.kind, name = excluded.name,
                        email = coalesce(excluded.email, facility.email), updated_at = now()""")
                    .execute(Tuple.of(batch.stream().map(FacilityEntry::code).toArray(String[]::new),
                            batch.stream().map(r -> r.kind().name()).toArray(String[]::new),
                            batch.stream().map(FacilityEntry::name).toArray(String[]::new),
                            batch.stream().map(FacilityEntry::email).toArray(String[]::new)))
                    .map(result -> done + result.rowCount()));
        }
        return chain;
    }

    /**
     * Subscribes a facility to every product of its formulary in one statement; products it already follows by YJ
     * code are left as they are. Returns how many subscriptions were added. In the transaction of {@code connection}.
     */
    public Uni<Integer> subscribeFormulary(SqlConnection connection, String facility, List<String> yjCodes,
            String[] channels, short minSeverity, List<String> secrets) {
        List<UUID> ids = new ArrayList<>();
        yjCodes.forEach(ignored -> ids.add(UUID.randomUUID()));
        return connection.preparedQuery("""
                insert into subscription (id, facility_code, kind, target, yj_code, channels, min_severity, secret)
                select t.id, $1::text, 'YJ_CODE', t.yj, t.yj, $4::text[], $5, t.secret
                from unnest($2::uuid[], $3::text[], $6::text[]) as t(id, yj, secret)
                where not exists (select 1 from subscription s
                                  where s.facility_code = $1::text and s.kind = 'YJ_CODE' and s.target = t.yj and s.active)""")
                .execute(Tuple.tuple().addString(facility).addArrayOfUUID(ids.toArray(new UUID[0]))
                        .addArrayOfString(yjCodes.toArray(new String[0])).addArrayOfString(channels)
                        .addShort(minSeverity).addArrayOfString(secrets.toArray(new String[0])))
                .map(result -> result.rowCount());
    }

    public Uni<FacilityView> find(Mutiny.Session session, String code) {
        return session.createNativeQuery("""
                select code, kind, prefecture_code, name, email, contacts, quiet_start, quiet_end, digest
                from facility where code = :code""", Object[].class)
                .setParameter("code", code)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : view(rows.get(0)));
    }

    private static FacilityView view(Object[] r) {
        FacilityKind kind = FacilityKind.valueOf((String) r[1]);
        FacilityRequest.Contact[] contacts = EventJson.read((String) r[5], FacilityRequest.Contact[].class);
        return new FacilityView((String) r[0], kind.name(), kind.japanese(), String.valueOf(r[2]), (String) r[3],
                (String) r[4], List.of(contacts), time(r[6]), time(r[7]), Boolean.TRUE.equals(r[8]));
    }

    private static LocalTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalTime t ? t : ((java.sql.Time) value).toLocalTime();
    }

    /** A facility as the API shows it. */
    public record FacilityView(String code, String kind, String kindLabel, String prefectureCode, String name,
            String email, List<FacilityRequest.Contact> contacts, LocalTime quietStart, LocalTime quietEnd,
            boolean digest) {
    }
}
