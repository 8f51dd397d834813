package org.shortagewatch.notification.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.domain.AuditAction;
import org.shortagewatch.notification.persistence.Inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The inbox of a recipient organisation (a facility, a wholesaler, an association a notice is addressed to):
 * reading its messages, and marking one read or acknowledged, the mark and its audit row in one transaction on the
 * SQL client. Another organisation's inbox is answered as not found, like one that does not exist.
 */
@ApplicationScoped
public class Inboxes {

    @Inject
    Pool pool;

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The recipient's messages, newest first; only unread ones when {@code unreadOnly}. */
    public Uni<List<Inbox.Entry>> list(String recipient, boolean unreadOnly, int limit) {
        return own(recipient).chain(() -> inbox.list(recipient, unreadOnly, limit));
    }

    /** Marks a message read, or read and acknowledged; 404 when the recipient has no such message. */
    public Uni<Void> mark(String recipient, UUID id, boolean acknowledge) {
        return own(recipient).chain(() -> pool.withTransaction(c -> inbox.mark(c, recipient, id, acknowledge)
                .chain(found -> found
                        ? audit.record(c, acknowledge ? AuditAction.INBOX_ACKNOWLEDGE : AuditAction.INBOX_READ,
                                id.toString())
                        : Uni.createFrom().failure(ProblemException.notFound(
                                Text.of("メッセージ " + id + " はありません", "no message " + id))))));
    }

    private Uni<Void> own(String recipient) {
        return caller.actsFor(recipient) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.notYours(
                        Text.of("受信箱 " + recipient + " はありません", "no inbox " + recipient)));
    }
}
