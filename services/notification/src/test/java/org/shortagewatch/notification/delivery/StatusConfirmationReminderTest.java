package org.shortagewatch.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusConfirmationDue;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A manufacturer is reminded of its stale limited or stopped products: one inbox entry it reads with its own token,
 * and one e-mail to its supply-system manager, once however often the reminder is delivered.
 */
@QuarkusTest
@WithTestResource(MailServerResource.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class StatusConfirmationReminderTest {

    static void send(UUID id, StatusConfirmationDue due) throws Exception {
        TestEvents.send(TestEvents.event(StatusConfirmationDue.TOPIC, StatusConfirmationDue.TYPE,
                due.manufacturerCode(), id, due));
    }

    @Test
    void theMakerReadsItInItsInboxAndItsManagerGetsOneEmailEvenWhenTheReminderComesTwice() throws Exception {
        String maker = "MFR-REMIND-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "kanri-" + maker.toLowerCase() + "@example.jp";
        StatusConfirmationDue due = new StatusConfirmationDue(maker, "リマインド製薬", "供給 太郎", email,
                List.of(new StatusConfirmationDue.StaleProduct("2456001F1310", "リマインド錠10mg",
                        ShipmentResponse.STOPPED, Instant.parse("2026-10-01T03:00:00Z"))),
                Instant.parse("2026-12-05T00:00:00Z"), LocalDate.of(2026, 12, 5));
        UUID id = UUID.randomUUID();
        send(id, due);
        send(id, due); // redelivered: applied once
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'EMAIL' and status = 'DELIVERED'",
                maker) == 1);

        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, maker))
                .when().get("/api/v1/inbox/{code}", maker).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].kind", equalTo("CONFIRMATION_DUE"))
                .body("[0].payload.type", equalTo("status.confirmation-due"))
                .body("[0].payload.data.products[0].yjCode", equalTo("2456001F1310"))
                .body("[0].payload.data.products[0].shipmentResponseLabel", equalTo("供給停止"));
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, "MFR-OTHER"))
                .when().get("/api/v1/inbox/{code}", maker).then().statusCode(404);

        List<MimeMessage> mails = EmailDeliveryTest.to(email);
        assertEquals(1, mails.size(), "one e-mail, to the manager");
        assertTrue(mails.get(0).getSubject().startsWith("【確認のお願い】出荷状況が長く確認されていない品目が1品目あります"),
                mails.get(0).getSubject());
    }
}
