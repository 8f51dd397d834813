package org.shortagewatch.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * E-mail over SMTP to a real server in the test JVM: the message arrives with correct headers and readable Japanese
 * subject and body; quiet hours hold it back; a digest-taking facility gets one e-mail for several alerts.
 */
@QuarkusTest
@WithTestResource(MailServerResource.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class EmailDeliveryTest {

    @Inject
    DigestJob digests;

    static void register(String facility, String email, String quietStart, String quietEnd, boolean digest) {
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility)).contentType(ContentType.JSON)
                .body("""
                        {"kind":"PHARMACY","name":"さくら薬局 %s","email":"%s","contacts":[{"name":"薬剤師 山田","role":"管理薬剤師","email":"%s"}],
                         "quietStart":%s,"quietEnd":%s,"digest":%s}"""
                        .formatted(facility, email, email, quietStart, quietEnd, digest))
                .when().put("/api/v1/facilities/{code}", facility)
                .then().statusCode(200);
    }

    /** A new facility with an e-mail address, without quiet hours, subscribed by e-mail to a new ingredient. */
    record EmailSubscriber(String facility, String email, String ingredient) {
    }

    /** Registers an {@link EmailSubscriber}, its address {@code prefix-facility@example.jp}, taking the digest or not. */
    static EmailSubscriber emailSubscriber(String prefix, boolean digest) {
        String facility = MatchingTest.facility();
        String email = prefix + "-" + facility + "@example.jp";
        register(facility, email, "null", "null", digest);
        String ing = MatchingTest.ingredient();
        MatchingTest.subscribe(facility, "INGREDIENT", ing, "[\"EMAIL\"]", "INFO");
        return new EmailSubscriber(facility, email, ing);
    }

    static List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(MailServerResource.server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                return (String) multipart.getBodyPart(i).getContent();
            }
        }
        return (String) multipart.getBodyPart(0).getContent();
    }

    @Test
    void anAlertArrivesWithCorrectHeadersAndReadableJapanese() throws Exception {
        EmailSubscriber subscriber = emailSubscriber("pharmacy", false);
        String email = subscriber.email();
        String ing = subscriber.ingredient();
        MatchingTest.publish(UUID.randomUUID(), ing + "F1022", ShipmentResponse.STOPPED, 1, "MFR001");

        await().atMost(Duration.ofSeconds(20)).until(() -> to(email).size() == 1);
        MimeMessage m = to(email).get(0);
        assertEquals("【高】［" + ing + "F1022］の出荷対応の状況：供給停止 / [HIGH] " + ing + "F1022: Supply stopped", m.getSubject());
        assertTrue(m.getFrom()[0].toString().contains("alerts@shortagewatch.example"));
        assertEquals("auto-generated", m.getHeader("Auto-Submitted")[0]);
        assertTrue(m.getHeader("Date") != null);
        String delivery = m.getHeader("X-ShortageWatch-Delivery")[0];
        assertTrue(delivery.matches("[0-9a-f-]{36}"), delivery);
        assertEquals("<" + delivery + "@shortagewatch.org>", m.getHeader("Message-ID")[0],
                "the same on every attempt at the delivery");
        assertTrue(m.getContentType().toLowerCase().contains("text/plain")
                && m.getContentType().toLowerCase().contains("charset=utf-8"), m.getContentType());
        String body = text(m);
        assertTrue(body.contains("［" + ing + "F1022］の出荷対応の状況が2026年12月1日から「供給停止」になっています（理由：製造トラブル）。"), body);
        assertTrue(body.contains("Shipment status of " + ing + "F1022 has been “Supply stopped” since 2026-12-01"), body);
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'EMAIL' and status = 'DELIVERED'", subscriber.facility()) == 1);
    }

    /**
     * An address the mailer refuses (stored before every path checked addresses) fails its own delivery only: the
     * other subscriber's e-mail from the same claimed batch arrives, and the bad one is recorded and retried, never
     * left in flight.
     */
    @Test
    void oneRecipientTheMailerRefusesDoesNotHoldBackTheOthers() throws Exception {
        EmailSubscriber good = emailSubscriber("good", false);
        String bad = MatchingTest.facility();
        register(bad, "bad-" + bad + "@example.jp", "null", "null", false);
        MatchingTest.subscribe(bad, "INGREDIENT", good.ingredient(), "[\"EMAIL\"]", "INFO");
        TestDatabase.execute("update facility set email = 'x@example.jp' || chr(13) || chr(10) || 'Bcc: all@example.jp'"
                + " where code = '" + bad + "'");

        MatchingTest.publish(UUID.randomUUID(), good.ingredient() + "F1022", ShipmentResponse.STOPPED, 1, "MFR001");

        await().atMost(Duration.ofSeconds(20)).until(() -> to(good.email()).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'EMAIL' and status <> 'SENDING'"
                        + " and attempts = 1 and last_error is not null", bad) == 1);
        assertTrue(to("all@example.jp").isEmpty(), "no header was injected");
    }

    /**
     * Registers a new facility in its quiet hours (from an hour ago to an hour from now), its address
     * {@code prefix-facility@example.jp}; returns its code.
     */
    static String inQuietHours(String prefix) {
        String facility = MatchingTest.facility();
        LocalTime nowInJapan = ZonedDateTime.now(QuietHours.JAPAN).toLocalTime().withNano(0).withSecond(0);
        register(facility, prefix + "-" + facility + "@example.jp", "\"" + nowInJapan.minusHours(1) + "\"",
                "\"" + nowInJapan.plusHours(1) + "\"", false);
        return facility;
    }

    @Test
    void quietHoursHoldAnAlertBackUntilTheyEnd() throws Exception {
        String facility = inQuietHours("quiet");
        String email = "quiet-" + facility + "@example.jp";
        String ing = MatchingTest.ingredient();
        MatchingTest.subscribe(facility, "INGREDIENT", ing, "[\"EMAIL\",\"INBOX\"]", "INFO");
        MatchingTest.publish(UUID.randomUUID(), ing + "F1022", ShipmentResponse.LIMITED_OWN_REASONS, 1, "MFR001");

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'EMAIL' and status = 'PENDING' "
                        + "and attempts = 0 and next_attempt_at > now() + interval '50 minutes'", facility) == 1);
        assertEquals(1, TestDatabase.count("select count(*) from delivery where recipient = ? and channel = 'INBOX'", facility),
                "the inbox is not pushed: it has the alert at once");
        Thread.sleep(1500);
        assertTrue(to(email).isEmpty(), "nothing sent during quiet hours");
    }

    /**
     * E-mail per change keeps a product's revision order as webhooks do: the critical stop does not wait out quiet
     * hours, and the limited shipment held before it goes first.
     */
    @Test
    void eMailsAboutOneProductKeepItsRevisionOrder() throws Exception {
        String facility = inQuietHours("order");
        String email = "order-" + facility + "@example.jp";
        String yj = MatchingTest.ingredient() + "F1022";
        MatchingTest.subscribe(facility, "YJ_CODE", yj, "[\"EMAIL\"]", "INFO");

        RevisionOrderTest.publishBasicDrug(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count("select count(*) from delivery"
                + " where recipient = ? and channel = 'EMAIL' and held_for_quiet_hours", facility) == 1);
        RevisionOrderTest.publishBasicDrug(yj, 2, ShipmentResponse.STOPPED, ShipmentResponse.LIMITED_OWN_REASONS);

        await().atMost(Duration.ofSeconds(20)).until(() -> to(email).size() == 2);
        List<String> subjects = List.of(to(email).get(0).getSubject(), to(email).get(1).getSubject());
        assertTrue(subjects.get(0).contains("限定出荷") && subjects.get(1).contains("供給停止"), subjects.toString());
    }

    @Test
    void aDigestFacilityGetsOneEmailForSeveralAlerts() throws Exception {
        EmailSubscriber subscriber = emailSubscriber("digest", true);
        String email = subscriber.email();
        MatchingTest.publish(UUID.randomUUID(), subscriber.ingredient() + "F1022", ShipmentResponse.STOPPED, 1, "MFR001");
        MatchingTest.publish(UUID.randomUUID(), subscriber.ingredient() + "F2022", ShipmentResponse.LIMITED_OWN_REASONS, 1, "MFR001");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and status = 'DIGEST'", subscriber.facility()) == 2);
        Thread.sleep(1000);
        assertTrue(to(email).isEmpty(), "no single e-mails for a digest facility");

        digests.assemble().await().atMost(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(20)).until(() -> to(email).size() == 1);
        MimeMessage m = to(email).get(0);
        assertTrue(m.getSubject().contains("のお知らせ2件（うち重要1件） / Daily digest: 2 messages"), m.getSubject());
        String body = text(m);
        assertTrue(body.startsWith("さくら薬局 " + subscriber.facility() + "　御中"), body);
        assertTrue(body.indexOf("供給停止") < body.indexOf("限定出荷（自社の事情）"), "most severe first: " + body);
        assertEquals(2, TestDatabase.count("select count(*) from delivery where recipient = ? and status = 'DIGESTED'", subscriber.facility()));
        digests.assemble().await().atMost(Duration.ofSeconds(10));
        Thread.sleep(1000);
        assertEquals(1, to(email).size(), "assembling again sends nothing more");
    }
}
