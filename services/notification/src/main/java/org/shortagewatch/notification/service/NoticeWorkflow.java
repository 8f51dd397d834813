package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.domain.AuditAction;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.persistence.Inbox;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.persistence.NoticeStore;
import org.shortagewatch.notification.rest.NoticeRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The life of a cooperation-request notice (事務連絡), step by step: the regulator drafts and edits it, submits it
 * for review, a second person approves it (or sends it back), the regulator publishes it ({@link NoticeService}),
 * drafts a follow-up (続報) and withdraws it; a recipient acknowledges it. Which step may come next is
 * {@link NoticeStatus}'s to say; a step not allowed now is a 409.
 *
 * <p>Every step is one transaction on the SQL client ({@code pool.withTransaction}): the notice's new state and its
 * audit row (and, when publishing or withdrawing, its ledger and outbox event) commit together or not at all. A step
 * loads the notice locked for update, so two steps on one notice never interleave.
 */
@ApplicationScoped
public class NoticeWorkflow {

    @Inject
    Pool pool;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    NoticeService notices;

    @Inject
    NoticeStore store;

    @Inject
    Inbox inbox;

    /** A new draft, by the caller. */
    public Uni<NoticeEntity> draft(NoticeRequest body) {
        NoticeEntity n = newDraft();
        return pool.withTransaction(c -> checkFollowsUp(c, body).chain(() -> {
            fill(n, body);
            return store.insert(c, n);
        }).call(saved -> record(c, saved, AuditAction.NOTICE_DRAFT)));
    }

    /** Replaces a draft's content. */
    public Uni<NoticeEntity> edit(UUID id, NoticeRequest body) {
        return pool.withTransaction(c -> checkFollowsUp(c, body)
                .chain(() -> transition(c, id, NoticeStatus.Action.EDIT))
                .chain(n -> {
                    fill(n, body);
                    return save(c, n, AuditAction.NOTICE_EDIT);
                }));
    }

    public Uni<NoticeEntity> submit(UUID id) {
        return pool.withTransaction(c -> transition(c, id, NoticeStatus.Action.SUBMIT)
                .chain(n -> save(c, n, AuditAction.NOTICE_SUBMIT)));
    }

    /** Approves a notice under review; the reviewer is not its drafter. */
    public Uni<NoticeEntity> approve(UUID id) {
        String reviewer = caller.subject();
        return pool.withTransaction(c -> transition(c, id, NoticeStatus.Action.APPROVE).chain(n -> {
            if (n.draftedBy.equals(reviewer)) {
                return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                        Text.of("事務連絡の承認は作成者以外の方が行ってください",
                                "a notice is approved by someone other than its drafter"), List.of()));
            }
            n.reviewedBy = reviewer;
            n.reviewedByName = caller.displayName();
            n.reviewComment = null;
            return save(c, n, AuditAction.NOTICE_APPROVE);
        }));
    }

    /** Sends a notice under review (or approved) back to draft, with what the reviewer says to its drafter (or none). */
    public Uni<NoticeEntity> sendBack(UUID id, String comment) {
        return pool.withTransaction(c -> transition(c, id, NoticeStatus.Action.SEND_BACK).chain(n -> {
            n.reviewedBy = null;
            n.reviewedByName = null;
            n.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
            return save(c, n, AuditAction.NOTICE_SEND_BACK);
        }));
    }

    /** Publishes an approved notice; publishing it again answers it as it is and notifies nobody a second time. */
    public Uni<NoticeEntity> publish(UUID id) {
        return pool.withTransaction(c -> transition(c, id, NoticeStatus.Action.PUBLISH)
                .chain(n -> n.status == NoticeStatus.PUBLISHED ? Uni.createFrom().item(n) : notices.publish(c, n)));
    }

    /** Withdraws a published notice; everyone it reached is told. */
    public Uni<NoticeEntity> withdraw(UUID id, String reason) {
        return pool.withTransaction(c -> transition(c, id, NoticeStatus.Action.WITHDRAW)
                .chain(n -> notices.withdraw(c, n, reason)));
    }

    /** A new draft that follows up a published (or withdrawn) notice: a copy that links it. */
    public Uni<NoticeEntity> followUp(UUID id) {
        NoticeEntity n = newDraft();
        return pool.withTransaction(c -> store.find(c, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(NoticeReader.noNotice(id)))
                .chain(original -> {
                    if (original.status != NoticeStatus.PUBLISHED && original.status != NoticeStatus.WITHDRAWN) {
                        return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                                Text.of("続報を出せるのは発出済みの事務連絡だけです",
                                "only a published notice can be followed up"), List.of()));
                    }
                    n.updatedAt = n.createdAt;
                    n.addressees = original.addressees;
                    n.addresseeOrgs = original.addresseeOrgs;
                    n.targetFacilityKinds = original.targetFacilityKinds;
                    n.issuer = original.issuer;
                    n.title = Notice.followUpTitle(original.title);
                    n.background = original.background;
                    n.requests = original.requests;
                    n.targetYjCodes = original.targetYjCodes;
                    n.targetNames = original.targetNames;
                    n.consultationDesk = original.consultationDesk;
                    n.followsUp = new String[] {original.id.toString()};
                    return store.insert(c, n).call(saved -> record(c, saved, AuditAction.NOTICE_FOLLOW_UP));
                }));
    }

    /** The caller's organisation acknowledges a notice it received; 404 when it did not receive it. */
    public Uni<Void> acknowledge(UUID id) {
        String org = caller.org().orElseThrow();
        return pool.withTransaction(c -> inbox.acknowledgeCause(c, org, id).chain(found -> found
                ? audit.record(c, AuditAction.NOTICE_ACKNOWLEDGE, id.toString())
                : Uni.createFrom().failure(ProblemException.notFound(Text.of(
                        "事務連絡 " + id + " は " + org + " に届いていません", "notice " + id + " did not reach " + org)))));
    }

    private NoticeEntity newDraft() {
        NoticeEntity n = new NoticeEntity();
        n.id = UUID.randomUUID();
        n.status = NoticeStatus.DRAFT;
        n.draftedBy = caller.subject();
        n.draftedByName = caller.displayName();
        n.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return n;
    }

    /** Writes back a notice a step changed, and the step's audit row. */
    private Uni<NoticeEntity> save(SqlConnection c, NoticeEntity n, AuditAction action) {
        return store.update(c, n).chain(saved -> record(c, saved, action));
    }

    private Uni<NoticeEntity> record(SqlConnection c, NoticeEntity n, AuditAction action) {
        return audit.record(c, action, n.id.toString()).replaceWith(n);
    }

    /**
     * Loads the notice locked for update and applies the action's status, or answers 409. Publishing and
     * withdrawing leave the status to {@link NoticeService}, which does the rest of the step with it.
     */
    private Uni<NoticeEntity> transition(SqlConnection c, UUID id, NoticeStatus.Action action) {
        return store.lock(c, id)
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
                                Text.of(n.status.japanese() + "の事務連絡は" + verbJa(action) + "できません",
                                        "a " + n.status + " notice cannot be " + verb(action)), List.of()))));
    }

    private static String verbJa(NoticeStatus.Action action) {
        return switch (action) {
            case EDIT -> "編集";
            case SUBMIT -> "審査に提出";
            case APPROVE -> "承認";
            case SEND_BACK -> "差し戻し";
            case PUBLISH -> "発出";
            case WITHDRAW -> "撤回";
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
    private Uni<Void> checkFollowsUp(SqlConnection c, NoticeRequest body) {
        if (body.followsUp() == null || body.followsUp().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store.countPublished(c, body.followsUp()).chain(published -> published == body.followsUp().size()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.invalidField("followsUp",
                        Text.of("続報の対象はすべて発出済みの事務連絡にしてください",
                        "every followed notice must exist and have been published"))));
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
