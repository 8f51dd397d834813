package org.shortagewatch.notification.persistence;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.rest.FacilityRequest;

import io.smallrye.mutiny.Uni;

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

    /** Registers or updates many facilities in the session's transaction: one statement per {@value #BATCH} rows. */
    public Uni<Integer> upsertAll(Mutiny.Session session, List<FacilityEntry> rows) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<FacilityEntry> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            chain = chain.chain(done -> session.createNativeQuery("""
                    insert into facility (code, kind, prefecture_code, name, email)
                    select c, k, left(c, 2), n, e
                    from unnest(cast(:codes as text[]), cast(:kinds as text[]), cast(:names as text[]),
                                cast(:emails as text[])) as t(c, k, n, e)
                    on conflict (code) do update set kind = excluded.kind, name = excluded.name,
                        email = coalesce(excluded.email, facility.email), updated_at = now()""")
                    .setParameter("codes", batch.stream().map(FacilityEntry::code).toArray(String[]::new))
                    .setParameter("kinds", batch.stream().map(r -> r.kind().name()).toArray(String[]::new))
                    .setParameter("names", batch.stream().map(FacilityEntry::name).toArray(String[]::new))
                    .setParameter("emails", batch.stream().map(FacilityEntry::email).toArray(String[]::new))
                    .executeUpdate()
                    .map(count -> done + count));
        }
        return chain;
    }

    /**
     * Subscribes a facility to every product of its formulary in one statement; products it already follows by YJ
     * code are left as they are. Returns how many subscriptions were added. In the session's transaction.
     */
    public Uni<Integer> subscribeFormulary(Mutiny.Session session, String facility, List<String> yjCodes,
            String[] channels, short minSeverity, List<String> secrets) {
        UUID[] ids = yjCodes.stream().map(ignored -> UUID.randomUUID()).toArray(UUID[]::new);
        return session.createNativeQuery("""
                insert into subscription (id, facility_code, kind, target, yj_code, channels, min_severity, secret)
                select t.id, :facility, 'YJ_CODE', t.yj, t.yj, cast(:channels as text[]), :minSeverity, t.secret
                from unnest(cast(:ids as uuid[]), cast(:yjCodes as text[]), cast(:secrets as text[])) as t(id, yj, secret)
                where not exists (select 1 from subscription s
                                  where s.facility_code = :facility and s.kind = 'YJ_CODE' and s.target = t.yj and s.active)""")
                .setParameter("facility", facility)
                .setParameter("ids", ids)
                .setParameter("yjCodes", yjCodes.toArray(String[]::new))
                .setParameter("channels", channels)
                .setParameter("minSeverity", minSeverity)
                .setParameter("secrets", secrets.toArray(String[]::new))
                .executeUpdate();
    }

    /** A facility as stored, or null when there is none; in the session, so it sees the session's own changes. */
    public Uni<FacilityView> find(Mutiny.Session session, String code) {
        return session.createNativeQuery("""
                select code, kind, prefecture_code, name, email, contacts, quiet_start, quiet_end, digest
                from facility where code = :code""", Tuple.class)
                .setParameter("code", code)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : view(rows.get(0)));
    }

    /** The one place a facility row becomes a {@link FacilityView}. */
    private static FacilityView view(Tuple r) {
        FacilityKind kind = FacilityKind.valueOf(r.get("kind", String.class));
        FacilityRequest.Contact[] contacts = EventJson.read(r.get("contacts", String.class),
                FacilityRequest.Contact[].class);
        return new FacilityView(r.get("code", String.class), kind.name(), kind.japanese(),
                String.valueOf(r.get("prefecture_code")), r.get("name", String.class), r.get("email", String.class),
                List.of(contacts), r.get("quiet_start", LocalTime.class), r.get("quiet_end", LocalTime.class),
                Boolean.TRUE.equals(r.get("digest")));
    }

    /** A facility as the API shows it. */
    public record FacilityView(String code, String kind, String kindLabel, String prefectureCode, String name,
            String email, List<FacilityRequest.Contact> contacts, LocalTime quietStart, LocalTime quietEnd,
            boolean digest) {
    }
}
