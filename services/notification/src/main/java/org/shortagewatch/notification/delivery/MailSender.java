package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.domain.RetrySchedule;
import org.shortagewatch.notification.persistence.DeliveryAttempt;
import org.shortagewatch.notification.persistence.DueDelivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;

/**
 * Sends one e-mail over SMTP with the reactive mailer (it never blocks the event loop the dispatcher runs on),
 * marked as auto-generated and with the ledger row's id, which its {@code Message-ID} is made of too: a retry of a
 * message whose acceptance was lost is the same message, which mail systems deliver once. An SMTP failure is retried
 * on the same schedule as webhooks.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    ReactiveMailer mailer;

    @Inject
    NotificationSettings.Webhook settings;

    private RetrySchedule schedule;

    @PostConstruct
    void readSchedule() {
        schedule = settings.retry();
    }

    /** Sends the e-mail; never fails (a failed send is an attempt to record). */
    public Uni<DeliveryAttempt> send(DueDelivery due) {
        if (due.email() == null) {
            return Uni.createFrom().item(DeliveryAttempt.failedForGood(due, "the recipient has no e-mail address"));
        }
        Mail mail = Mail.withText(due.email(), due.subject(), due.bodyText())
                .addHeader("Auto-Submitted", "auto-generated")
                .addHeader("X-ShortageWatch-Delivery", due.id().toString())
                .addHeader("Message-ID", messageId(due));
        if (due.bodyHtml() != null) {
            mail.setHtml(due.bodyHtml());
        }
        long started = System.nanoTime();
        return Uni.createFrom().deferred(() -> mailer.send(mail)).onItemOrFailure().transform((ok, failure) -> {
            int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
            if (failure == null) {
                return new DeliveryAttempt(due, null, null, new DeliveryPolicy.Decision(DeliveryPolicy.Status.DELIVERED,
                        Optional.empty(), false), millis);
            }
            DeliveryPolicy.Decision decision = DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), schedule);
            return new DeliveryAttempt(due, null, failure.getClass().getSimpleName() + ": " + failure.getMessage(),
                    decision, millis);
        });
    }

    /** The same on every attempt at one delivery. */
    static String messageId(DueDelivery due) {
        return "<" + due.id() + "@shortagewatch.org>";
    }
}
