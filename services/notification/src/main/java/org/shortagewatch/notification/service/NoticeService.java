package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.CooperationRequestNotice;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.domain.AlertKind;
import org.shortagewatch.notification.domain.AuditAction;
import org.shortagewatch.notification.domain.JapaneseDates;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeAlert;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.RecipientMatcher;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.persistence.NoticeFanOut;
import org.shortagewatch.notification.persistence.NoticeStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Publishing and withdrawing notices, each in one transaction: the notice's new state, the rendered alert, the
 * ledger for every recipient (set-based), the event for Kafka (outbox) and the audit row commit together or not
 * at all. Publishing a published notice changes nothing and notifies nobody again. On the SQL client, in the
 * transaction of the {@link NoticeWorkflow} step.
 */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class);

    @Inject
    NoticeRenderer renderer;

    @Inject
    RecipientMatcher matcher;

    @Inject
    NoticeFanOut fanOut;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    NoticeStore store;

    /** Publishes an approved notice (the caller checked the transition and left a published one as it is). */
    public Uni<NoticeEntity> publish(SqlConnection c, NoticeEntity n) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        n.status = next(n, NoticeStatus.Action.PUBLISH);
        n.issuedOn = n.issuedOn == null ? LocalDate.now(QuietHours.JAPAN) : n.issuedOn;
        n.publishedAt = now;
        n.updatedAt = now;
        return store.followed(c, n).map(n::toNotice).chain(notice -> {
            String text = renderer.render(notice, NoticeRenderer.Format.TEXT);
            String html = renderer.render(notice, NoticeRenderer.Format.HTML);
            CooperationRequestNotice event = event(n, notice, CooperationRequestNotice.Status.PUBLISHED);
            RecipientMatcher.Alert alert = new RecipientMatcher.Alert(n.id, AlertKind.NOTICE, null, Severity.HIGH.level(),
                    webhookPayload(event), "【事務連絡】" + n.title, text, html);
            long started = System.nanoTime();
            return matcher.recordAlert(c, alert)
                    .chain(() -> fanOut.published(c, n.id))
                    .invoke(rows -> {
                        n.fanoutMs = (int) ((System.nanoTime() - started) / 1_000_000);
                        LOG.infof("notice %s published: %d ledger rows in %d ms", n.id, rows, n.fanoutMs);
                    })
                    .chain(() -> fanOut.recipients(c, n.id))
                    .invoke(recipients -> n.recipients = recipients)
                    .chain(() -> store.update(c, n))
                    .chain(() -> outbox.append(c, outboxEvent(event, now)))
                    .chain(() -> audit.record(c, AuditAction.NOTICE_PUBLISH, n.id.toString()))
                    .replaceWith(n);
        });
    }

    /** Withdraws a published notice and tells everyone it reached. */
    public Uni<NoticeEntity> withdraw(SqlConnection c, NoticeEntity n, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        n.status = next(n, NoticeStatus.Action.WITHDRAW);
        n.withdrawnAt = now;
        n.withdrawalReason = reason;
        n.revision = 2;
        n.updatedAt = now;
        UUID withdrawal = UUID.nameUUIDFromBytes(("withdrawal:" + n.id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return store.update(c, n).chain(() -> store.followed(c, n)).map(n::toNotice).chain(notice -> {
            CooperationRequestNotice event = event(n, notice, CooperationRequestNotice.Status.WITHDRAWN);
            String text = "次の事務連絡は撤回されました。\n" + JapaneseDates.era(n.issuedOn) + "付け「" + n.title + "」\n"
                    + (reason == null ? "" : "理由：" + reason + "\n")
                    + "\nThe notice \"" + n.title + "\" of " + n.issuedOn + " has been withdrawn.\n";
            RecipientMatcher.Alert alert = new RecipientMatcher.Alert(withdrawal, AlertKind.NOTICE_WITHDRAWN, null, Severity.HIGH.level(),
                    webhookPayload(event), "【事務連絡の撤回】" + n.title, text, null);
            return matcher.recordAlert(c, alert)
                    .chain(() -> fanOut.withdrawn(c, n.id, withdrawal))
                    .chain(() -> outbox.append(c, outboxEvent(event, now)))
                    .chain(() -> audit.record(c, AuditAction.NOTICE_WITHDRAW, n.id.toString()))
                    .replaceWith(n);
        });
    }

    /** The status after the action; the caller checked that the action is allowed now. */
    private static NoticeStatus next(NoticeEntity n, NoticeStatus.Action action) {
        return n.status.after(action).orElseThrow(() -> new IllegalStateException(
                "notice " + n.id + " is " + n.status + ": " + action + " is not allowed"));
    }

    static CooperationRequestNotice event(NoticeEntity n, Notice notice, CooperationRequestNotice.Status status) {
        return new CooperationRequestNotice(n.id, n.revision, status, n.issuedOn, JapaneseDates.era(n.issuedOn),
                notice.addressees(), notice.issuer(), notice.title(), notice.background(), notice.requests(),
                notice.targetProducts().stream()
                        .map(p -> new CooperationRequestNotice.TargetProduct(p.yjCode(), p.name())).toList(),
                notice.consultationDesk(), n.followsUpIds(), n.publishedAt, n.withdrawnAt, n.withdrawalReason);
    }

    /** The Standard Webhooks payload, also the inbox and stream entry's {@code payload}. */
    private String webhookPayload(CooperationRequestNotice event) {
        return EventJson.write(NoticeAlert.payload(event, renderer.baseUrl(), Instant.now()));
    }

    private static OutboxEvent outboxEvent(CooperationRequestNotice event, Instant now) {
        return new OutboxEvent(UUID.randomUUID(), CooperationRequestNotice.TOPIC, event.noticeId().toString(),
                CooperationRequestNotice.TYPE, event.noticeId().toString(), now, EventJson.write(event));
    }
}
