package org.shortagewatch.notification.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.notification.delivery.WithWebhookReceiver;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A ledger row's id (the {@code webhook-id} receivers deduplicate on) is derived from (cause event, recipient,
 * channel), so a delivery re-created after a restore from backup or a replay into a rebuilt ledger carries the id it
 * had: every writer of the ledger uses {@code delivery_id}, and what it derives is the webhook's id.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class DeliveryIdTest extends WithWebhookReceiver {

    @Test
    void everyLedgerRowsIdIsDerivedFromWhatItDeliversAndIsTheWebhookId() throws Exception {
        String yj = RestartedConsumerTest.product();
        String facility = RestartedConsumerTest.facility();
        RestartedConsumerTest.subscribe(facility, yj, "[\"WEBHOOK\",\"INBOX\"]", receiver.url("/derived"));
        UUID cause = UUID.randomUUID();
        TestEvents.send(RestartedConsumerTest.stopped(yj, cause));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/derived").size() == 1);

        assertEquals(0, TestDatabase.count(
                "select count(*) from delivery where id <> delivery_id(cause_event_id, recipient, channel)"),
                "every row of the ledger, whoever wrote it");
        String derived = TestDatabase.string("select delivery_id(?::uuid, ?, 'WEBHOOK')::text", cause.toString(), facility);
        assertEquals(derived, receiver.received("/derived").get(0).headers().get("webhook-id"));
        assertEquals(derived, TestDatabase.string("select delivery_id(?::uuid, ?, 'WEBHOOK')::text", cause.toString(), facility),
                "the same delivery, the same id, every time");
        assertEquals("8", derived.substring(14, 15), "an RFC 9562 version 8 id");
        assertEquals(cause.toString().substring(0, 13), derived.substring(0, 13), "the cause's first six bytes lead");
        assertEquals(2, TestDatabase.count("select count(distinct id) from delivery where cause_event_id = ?::uuid",
                cause.toString()), "one id per channel");
    }
}
