package org.shortagewatch.notification.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.NoticeEntity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Reading notices: the ministry publishes its notices, so published and withdrawn ones are anyone's to read; drafts
 * and notices in review are the regulator's only (to anyone else they do not exist). Notices are read as entities
 * on a Panache session; a notice's ledger counts on the SQL client ({@link DeliveryHistory}).
 */
@ApplicationScoped
@WithSession
public class NoticeReader {

    @Inject
    NoticeRenderer renderer;

    @Inject
    DeliveryHistory history;

    /** A notice with how far it got. */
    public record Reach(NoticeEntity notice, DeliveryHistory.CauseCounts counts) {
    }

    /** Published and withdrawn notices, newest first, issued before {@code beforeIssuedOn} when given. */
    public Uni<List<NoticeEntity>> published(int limit, LocalDate beforeIssuedOn) {
        String query = "publishedAt is not null" + (beforeIssuedOn == null ? "" : " and issuedOn < ?1")
                + " order by issuedOn desc, publishedAt desc";
        var found = beforeIssuedOn == null ? NoticeEntity.<NoticeEntity>find(query)
                : NoticeEntity.<NoticeEntity>find(query, beforeIssuedOn);
        return found.page(0, limit).list();
    }

    /** A notice the caller may see: drafts are the regulator's; others see published and withdrawn notices only. */
    public Uni<NoticeEntity> visible(UUID id, boolean regulator) {
        return find(id).chain(n -> regulator || n.publishedAt != null ? Uni.createFrom().item(n)
                : Uni.createFrom().failure(ProblemException.notFound(noNotice(id))));
    }

    /** A notice the caller may see, rendered in the format asked for. */
    public Uni<String> rendered(UUID id, boolean regulator, NoticeRenderer.Format format) {
        return visible(id, regulator).chain(n -> followed(n).map(n::toNotice))
                .map(notice -> renderer.render(notice, format));
    }

    /** A notice with the counts of its ledger. */
    public Uni<Reach> reach(UUID id) {
        return find(id).chain(n -> history.countsOf(id).map(counts -> new Reach(n, counts)));
    }

    /** The refusal of a notice that does not exist (or that the caller may not see, which it must not learn). */
    static Text noNotice(UUID id) {
        return Text.of("お知らせ " + id + " はありません", "no notice " + id);
    }

    /** The notices a notice follows up, oldest issue first, for citing them. */
    private static Uni<List<NoticeEntity>> followed(NoticeEntity n) {
        return n.followsUp.length == 0 ? Uni.createFrom().item(List.of())
                : NoticeEntity.list("id in ?1 order by issuedOn", n.followsUpIds());
    }

    private static Uni<NoticeEntity> find(UUID id) {
        return NoticeEntity.<NoticeEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(noNotice(id)));
    }
}
