package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.persistence.Inbox;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.rest.NoticeRequest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The life of a cooperation-request notice (事務連絡), step by step: the regulator drafts and edits it, submits it
 * for review, a second person approves it (or sends it back), the regulator publishes it ({@link NoticeService}),
 * drafts a follow-up (続報) and withdraws it; a recipient acknowledges it. Which step may come next is
 * {@link NoticeStatus}'s to say; a step not allowed now is a 409.
 *
 * <p>Every step is one transaction: the notice's new state and its audit row commit together or not at all. A step loads the notice locked for update, so two steps on one notice
 * never interleave.
 */
@ApplicationScoped
@WithTransaction
public class NoticeWorkflow {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    NoticeService notices;

    @Inject
    Inbox inbox;

    /** A new draft, by the caller. */
    public Uni<NoticeEntity> draft(NoticeRequest body) {
        NoticeEntity n = newDraft();
        return checkFollowsUp(body).chain(() -> {
            fill(n, body);
            return n.<NoticeEntity>persist();
        }).call(saved -> record(saved, "notice.draft"));
    }

    /** Replaces a draft's content. */
    public Uni<NoticeEntity> edit(UUID id, NoticeRequest body) {
        return checkFollowsUp(body).chain(() -> transition(id, NoticeStatus.Action.EDIT)).chain(n -> {
            fill(n, body);
            return record(n, "notice.edit");
        });
    }

    public Uni<NoticeEntity> submit(UUID id) {
        return transition(id, NoticeStatus.Action.SUBMIT).chain(n -> record(n, "notice.submit"));
    }

    /** Approves a notice under review; the reviewer is not its drafter. */
    public Uni<NoticeEntity> approve(UUID id) {
        return transition(id, NoticeStatus.Action.APPROVE).chain(n -> {
            if (n.draftedBy.equals(caller.subject())) {
                return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                        Text.of("お知らせの承認は作成者以外の方が行ってください",
                                "a notice is approved by someone other than its drafter"), List.of()));
            }
            n.reviewedBy = caller.subject();
            return record(n, "notice.approve");
        });
    }

    /** Sends a notice under review (or approved) back to draft. */
    public Uni<NoticeEntity> sendBack(UUID id) {
        return transition(id, NoticeStatus.Action.SEND_BACK).chain(n -> {
            n.reviewedBy = null;
            return record(n, "notice.send-back");
        });
    }

    /** Publishes an approved notice; publishing it again answers it as it is and notifies nobody a second time. */
    public Uni<NoticeEntity> publish(UUID id) {
        return transition(id, NoticeStatus.Action.PUBLISH).chain(n -> n.status == NoticeStatus.PUBLISHED
                ? Uni.createFrom().item(n)
                : Panache.getSession().chain(s -> notices.publish(s, n)));
    }

    /** Withdraws a published notice; everyone it reached is told. */
    public Uni<NoticeEntity> withdraw(UUID id, String reason) {
        return transition(id, NoticeStatus.Action.WITHDRAW)
                .chain(n -> Panache.getSession().chain(s -> notices.withdraw(s, n, reason)));
    }

    /** A new draft that follows up a published (or withdrawn) notice: a copy that links it. */
    public Uni<NoticeEntity> followUp(UUID id) {
        return NoticeEntity.<NoticeEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(NoticeReader.noNotice(id)))
                .chain(original -> {
                    if (original.status != NoticeStatus.PUBLISHED && original.status != NoticeStatus.WITHDRAWN) {
                        return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                                Text.of("続報を出せるのは公開済みのお知らせだけです",
                                "only a published notice can be followed up"), List.of()));
                    }
                    NoticeEntity n = newDraft();
                    n.updatedAt = n.createdAt;
                    n.addressees = original.addressees;
                    n.addresseeOrgs = original.addresseeOrgs;
                    n.targetFacilityKinds = original.targetFacilityKinds;
                    n.issuer = original.issuer;
                    n.title = original.title + "（続報）";
                    n.background = original.background;
                    n.requests = original.requests;
                    n.targetYjCodes = original.targetYjCodes;
                    n.targetNames = original.targetNames;
                    n.consultationDesk = original.consultationDesk;
                    n.followsUp = new String[] {original.id.toString()};
                    return n.<NoticeEntity>persist().call(saved -> record(saved, "notice.follow-up"));
                });
    }

    /** The caller's organisation acknowledges a notice it received; 404 when it did not receive it. */
    public Uni<Void> acknowledge(UUID id) {
        String org = caller.org().orElseThrow();
        return Panache.getSession().chain(s -> inbox.acknowledgeCause(s, org, id).chain(found -> found
                ? audit.record(s, "notice.acknowledge", id.toString(), AuditTrail.SUCCESS)
                : Uni.createFrom().failure(ProblemException.notFound(Text.of(
                        "お知らせ " + id + " は " + org + " に届いていません", "notice " + id + " did not reach " + org)))));
    }

    private NoticeEntity newDraft() {
        NoticeEntity n = new NoticeEntity();
        n.id = UUID.randomUUID();
        n.status = NoticeStatus.DRAFT;
        n.draftedBy = caller.subject();
        n.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return n;
    }

    private Uni<NoticeEntity> record(NoticeEntity n, String action) {
        return Panache.getSession().chain(s -> audit.record(s, action, n.id.toString(), AuditTrail.SUCCESS))
                .replaceWith(n);
    }

    /**
     * Loads the notice locked for update and applies the action's status, or answers 409. Publishing and
     * withdrawing leave the status to {@link NoticeService}, which does the rest of the step with it.
     */
    private Uni<NoticeEntity> transition(UUID id, NoticeStatus.Action action) {
        return Panache.getSession().chain(s -> s.find(NoticeEntity.class, id, LockMode.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> ProblemException.notFound(NoticeReader.noNotice(id)))
                .chain(n -> n.status.after(action)
                        .map(next -> {
                            if (action != NoticeStatus.Action.PUBLISH && action != NoticeStatus.Action.WITHDRAW) {
                                n.status = next;
                                n.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                            }
                            return Uni.createFrom().item(n);
                        })
                        .orElseGet(() -> Uni.createFrom().failure(new ProblemException(409, "Conflict",
                                Text.of(n.status + " のお知らせは" + verbJa(action) + "できません",
                                        "a " + n.status + " notice cannot be " + verb(action)), List.of()))));
    }

    private static String verbJa(NoticeStatus.Action action) {
        return switch (action) {
            case EDIT -> "編集";
            case SUBMIT -> "審査に提出";
            case APPROVE -> "承認";
            case SEND_BACK -> "差し戻し";
            case PUBLISH -> "公開";
            case WITHDRAW -> "取り下げ";
        };
    }

    private static String verb(NoticeStatus.Action action) {
        return switch (action) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted for review";
            case APPROVE -> "approved";
            case SEND_BACK -> "sent back";
            case PUBLISH -> "published";
            case WITHDRAW -> "withdrawn";
        };
    }

    /** Every notice a draft follows up must exist and have been published: else a 400 naming {@code followsUp}. */
    private static Uni<Void> checkFollowsUp(NoticeRequest body) {
        if (body.followsUp() == null || body.followsUp().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NoticeEntity.<NoticeEntity>list("id in ?1", body.followsUp()).chain(found -> {
            long published = found.stream().filter(n -> n.publishedAt != null).count();
            return published == body.followsUp().size() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ProblemException.invalidField("followsUp",
                            Text.of("続報の対象はすべて公開済みのお知らせにしてください",
                            "every followed notice must exist and have been published")));
        });
    }

    private static void fill(NoticeEntity n, NoticeRequest body) {
        n.addressees = body.addressees().toArray(String[]::new);
        n.addresseeOrgs = body.addresseeOrganisations() == null ? new String[0]
                : body.addresseeOrganisations().toArray(String[]::new);
        n.targetFacilityKinds = body.targetFacilityKinds() == null ? new String[0]
                : body.targetFacilityKinds().stream().map(Enum::name).distinct().toArray(String[]::new);
        n.issuer = body.issuer() == null || body.issuer().isBlank() ? Notice.DEFAULT_ISSUER : body.issuer();
        n.title = body.title();
        n.background = body.background();
        n.requests = body.requests().toArray(String[]::new);
        n.targetYjCodes = body.targetProducts().stream().map(NoticeRequest.TargetProduct::yjCode).toArray(String[]::new);
        n.targetNames = body.targetProducts().stream().map(p -> p.name() == null ? "" : p.name()).toArray(String[]::new);
        n.consultationDesk = body.consultationDesk();
        n.followsUp = body.followsUp() == null ? new String[0]
                : body.followsUp().stream().map(UUID::toString).toArray(String[]::new);
        n.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
