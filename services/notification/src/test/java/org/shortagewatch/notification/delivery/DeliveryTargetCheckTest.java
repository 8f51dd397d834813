package org.shortagewatch.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With the production rule (no private targets), a subscription whose target has come to resolve to a private
 * address (DNS rebinding; here its row is written directly) gets nothing: the dispatcher checks again before each
 * delivery, and the delivery fails without a retry. A formulary's webhook endpoint on a private address is refused
 * like one subscription's, before anything is stored.
 */
@QuarkusTest
@TestProfile(WebhookProfiles.PublicTargetsOnly.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class DeliveryTargetCheckTest extends WithWebhookReceiver {

    @Test
    void aTargetThatNowResolvesToAPrivateAddressIsNotCalled() throws Exception {
        String yj = "3999901F1022";
        UUID subscription = UUID.randomUUID();
        execute("insert into subscription (id, facility_code, kind, target, yj_code, webhook_url, secret) values ('"
                + subscription + "', '1341234563', 'YJ_CODE', '" + yj + "', '" + yj + "', '" + receiver.url("/rebound") + "', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')");

        WebhookDeliveryTest.publish(UUID.randomUUID(), WebhookDeliveryTest.stopped(yj, 1));

        String where = "delivery where subscription_id = '" + subscription + "' and status = 'FAILED'"
                + " and last_error like 'target refused:%'";
        await().atMost(Duration.ofSeconds(20)).until(() -> count(where) == 1);
        Thread.sleep(1500);
        assertTrue(receiver.received("/rebound").isEmpty(), "the private target was never called");
        assertEquals(1, count("delivery_attempt a join delivery d on d.id = a.delivery_id where d.subscription_id = '"
                + subscription + "'"), "one refused attempt, no retry");
    }

    @Test
    void aFormularyWhoseWebhookUrlIsPrivateIsRefusedNamingItAndStoresNothing() throws Exception {
        String facility = MatchingTest.facility();
        String csv = FormularyWebhookTest.formulary(WebhookDeliveryTest.freshYj());
        String[][] cases = {
                {receiver.url("/private"), "the webhook URL's host 127.0.0.1 resolves to "},
                {"http://169.254.169.254/latest/meta-data", "the webhook URL's host 169.254.169.254 resolves to "},
                {"http://localhost:8080/h", "the webhook URL must not point at localhost"}};
        for (String[] c : cases) {
            FormularyWebhookTest.upload(facility, csv, "INBOX,WEBHOOK", c[0], "en").statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("webhookUrl")).body("detail", startsWith(c[1]));
        }
        FormularyWebhookTest.upload(facility, csv, "WEBHOOK", receiver.url("/private"), "ja").statusCode(400)
                .body("errors[0].field", equalTo("webhookUrl"))
                .body("detail", startsWith("Webhook URL のホスト 127.0.0.1 は"));
        assertEquals(0, count("subscription where facility_code = '" + facility + "'"));
    }

    static long count(String from) throws Exception {
        return WebhookDeliveryTest.count("select count(*) from " + from);
    }

    static void execute(String sql) throws Exception {
        TestDatabase.execute(sql);
    }
}
