package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.domain.NoticeTimeline;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.NoticeAcknowledgements;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.persistence.OrganisationNames;
import org.shortagewatch.notification.rest.NoticePreviewRequest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Reading notices: the ministry publishes its notices, so published and withdrawn ones are anyone's to read; drafts
 * and notices in review are the regulator's only (to anyone else they do not exist). Notices are read as entities
 * on a Panache session; a notice's ledger counts on the SQL client ({@link DeliveryHistory}), once the session that
 * read the notice is closed, so that a request holds one connection of the pool at a time.
 */
@ApplicationScoped
public class NoticeReader {

    @Inject
    NoticeRenderer renderer;

    @Inject
    DeliveryHistory history;

    @Inject
    NoticeAcknowledgements acknowledgements;

    @Inject
    OrganisationNames names;

    /** How far a notice got over time: its recipients, and delivered and acknowledged per period since publication. */
    public record Timeline(NoticeEntity notice, long recipients, NoticeTimeline.Bucket bucket,
            List<NoticeTimeline.Point> points) {
    }

    /** A notice with the names this service knows of the organisations it is addressed to, by code. */
    public record Named(NoticeEntity notice, Map<String, String> organisationNames) {
    }

    /** A notice with how far it got. */
    public record Reach(NoticeEntity notice, DeliveryHistory.CauseCounts counts) {
    }

    /** Published and withdrawn notices, newest first, issued before {@code beforeIssuedOn} when given. */
    @WithSession
    public Uni<List<NoticeEntity>> published(int limit, LocalDate beforeIssuedOn) {
        String query = "publishedAt is not null" + (beforeIssuedOn == null ? "" : " and issuedOn < ?1")
                + " order by issuedOn desc, publishedAt desc";
        var found = beforeIssuedOn == null ? NoticeEntity.<NoticeEntity>find(query)
                : NoticeEntity.<NoticeEntity>find(query, beforeIssuedOn);
        return found.page(0, limit).list();
    }

    /**
     * The notices of one status, last changed first (issued before {@code beforeIssuedOn} when given). Drafts and
     * notices in review or approved are the regulator's: the resource asks for them for the regulator only.
     */
    @WithSession
    public Uni<List<NoticeEntity>> withStatus(NoticeStatus status, int limit, LocalDate beforeIssuedOn) {
        String query = "status = ?1" + (beforeIssuedOn == null ? "" : " and issuedOn < ?2")
                + " order by updatedAt desc, id";
        var found = beforeIssuedOn == null ? NoticeEntity.<NoticeEntity>find(query, status)
                : NoticeEntity.<NoticeEntity>find(query, status, beforeIssuedOn);
        return found.page(0, limit).list();
    }

    /**
     * The notices that follow up the notice {@code id} (its 続報), oldest first: every one for the regulator, the
     * published and withdrawn ones for anyone else.
     */
    @WithSession
    public Uni<List<NoticeEntity>> followingUp(UUID id, boolean regulator, int limit) {
        return NoticeEntity.<NoticeEntity>find("array_position(followsUp, ?1) > 0"
                + (regulator ? "" : " and publishedAt is not null") + " order by createdAt, id", id.toString())
                .page(0, limit).list();
    }

    /**
     * A notice being drafted, rendered as its printable page would be (the same template), without storing it; the
     * notices it follows up are cited when they have been published.
     */
    @WithSession
    public Uni<String> preview(NoticePreviewRequest draft) {
        List<UUID> follows = orEmpty(draft.followsUp());
        Uni<List<NoticeEntity>> followed = follows.isEmpty() ? Uni.createFrom().item(List.of())
                : NoticeEntity.list("id in ?1 and publishedAt is not null order by issuedOn", follows);
        return followed.map(f -> renderer.render(new Notice(null, NoticeStatus.DRAFT, null,
                orEmpty(draft.addressees()),
                draft.issuer() == null || draft.issuer().isBlank() ? Notice.DEFAULT_ISSUER : draft.issuer(),
                orBlank(draft.title()), orBlank(draft.background()), orEmpty(draft.requests()),
                orEmpty(draft.targetProducts()).stream().map(p -> new Notice.TargetProduct(p.yjCode(), p.name()))
                        .toList(),
                orBlank(draft.consultationDesk()),
                f.stream().map(n -> new Notice.FollowUp(n.id, n.issuedOn, n.title)).toList()),
                NoticeRenderer.Format.PRINT));
    }

    /** A notice the caller may see: drafts are the regulator's; others see published and withdrawn notices only. */
    @WithSession
    public Uni<NoticeEntity> visible(UUID id, boolean regulator) {
        return find(id).chain(n -> regulator || n.publishedAt != null ? Uni.createFrom().item(n)
                : Uni.createFrom().failure(ProblemException.notFound(noNotice(id))));
    }

    /** A notice as the regulator reads it, with the names known of its addressed organisations; drafts too. */
    public Uni<Named> named(UUID id) {
        return alone(id).chain(n -> names.of(List.of(n.addresseeOrgs)).map(known -> new Named(n, known)));
    }

    /** A notice the caller may see, rendered in the format asked for. */
    @WithSession
    public Uni<String> rendered(UUID id, boolean regulator, NoticeRenderer.Format format) {
        return visible(id, regulator).chain(n -> followed(n).map(n::toNotice))
                .map(notice -> renderer.render(notice, format));
    }

    /** A notice with the counts of its ledger. */
    public Uni<Reach> reach(UUID id) {
        return alone(id).chain(n -> history.countsOf(id).map(counts -> new Reach(n, counts)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    /**
     * A notice's running totals of delivered and acknowledged recipients, one point per hour, day or week since its
     * publication up to now; no points before it is published.
     */
    public Uni<Timeline> timeline(UUID id) {
        return reach(id).chain(r -> {
            NoticeEntity n = r.notice();
            if (n.publishedAt == null) {
                return Uni.createFrom().item(new Timeline(n, r.counts().recipients(), NoticeTimeline.Bucket.HOUR,
                        List.of()));
            }
            Instant now = Instant.now();
            NoticeTimeline.Bucket bucket = NoticeTimeline.bucketFor(n.publishedAt, now);
            return acknowledgements.perPeriod(id, bucket).map(p -> new Timeline(n, r.counts().recipients(), bucket,
                    NoticeTimeline.cumulative(n.publishedAt, now, bucket, p.delivered(), p.acknowledged())));
        });
    }

    /** The recipients of a notice who have not acknowledged it, one page by code; 404 for no notice. */
    public Uni<NoticeAcknowledgements.AddresseePage> unacknowledged(UUID id, int page, int size) {
        return alone(id).chain(n -> acknowledgements.unacknowledged(id, page, size));
    }

    /** The refusal of a notice that does not exist (or that the caller may not see, which it must not learn). */
    static Text noNotice(UUID id) {
        return Text.of("事務連絡 " + id + " はありません", "no notice " + id);
    }

    /** The notices a notice follows up, oldest issue first, for citing them. */
    private static Uni<List<NoticeEntity>> followed(NoticeEntity n) {
        return n.followsUp.length == 0 ? Uni.createFrom().item(List.of())
                : NoticeEntity.list("id in ?1 order by issuedOn", n.followsUpIds());
    }

    /** {@link #find} on a session of its own, closed before the SQL client is used for the notice's ledger. */
    private static Uni<NoticeEntity> alone(UUID id) {
        return Panache.withSession(() -> find(id));
    }

    private static Uni<NoticeEntity> find(UUID id) {
        return NoticeEntity.<NoticeEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(noNotice(id)));
    }
}
