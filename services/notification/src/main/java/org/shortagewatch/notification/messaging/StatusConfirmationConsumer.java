package org.shortagewatch.notification.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.StatusConfirmationDue;
import org.shortagewatch.notification.domain.AlertKind;
import org.shortagewatch.notification.domain.ConfirmationReminder;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.OrganisationContacts;
import org.shortagewatch.notification.persistence.RecipientMatcher;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Reminds a manufacturer of its stale limited or stopped products (manufacturer-report's {@code status-confirmations}
 * topic): one inbox entry and server-sent event for the organisation, and an e-mail to its supply-system manager
 * when the reminder names one (the address is kept as the organisation's contact). Once per event, on the SQL
 * client, in the transaction {@link OnceOnlyConsumer} opens.
 */
@ApplicationScoped
public class StatusConfirmationConsumer {

    @Inject
    OnceOnlyConsumer onceOnly;

    @Inject
    OrganisationContacts contacts;

    @Inject
    RecipientMatcher matcher;

    @Incoming("status-confirmations-in")
    public Uni<Void> onReminder(ConsumerRecord<String, String> record) {
        return onceOnly.apply(SupplyStatusConsumer.CONSUMER, record, StatusConfirmationDue.TYPE,
                StatusConfirmationDue.class, this::remind);
    }

    private Uni<Void> remind(SqlConnection connection, IncomingEvent event, StatusConfirmationDue due) {
        RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.CONFIRMATION_DUE, null,
                Severity.MEDIUM.level(), EventJson.write(ConfirmationReminder.payload(due, Instant.now())),
                ConfirmationReminder.subject(due), ConfirmationReminder.bodyText(due), null);
        return contacts.keep(connection, due.manufacturerCode(), due.supplyManagerName(), due.supplyManagerEmail())
                .chain(() -> matcher.alertTo(connection, alert, List.of(due.manufacturerCode()), List.of(), true));
    }
}
