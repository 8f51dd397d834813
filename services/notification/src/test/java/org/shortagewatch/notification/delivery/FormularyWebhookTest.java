package org.shortagewatch.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A facility subscribes its whole formulary to its webhook endpoint in one upload: every product it did not follow
 * yet calls that endpoint, signed with the one secret the upload answers once, and a status change then reaches it
 * as a signed webhook; a bad or missing URL, or a URL without the WEBHOOK channel, is refused naming
 * {@code webhookUrl} and stores nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FormularyWebhookTest extends WithWebhookReceiver {

    static ValidatableResponse upload(String facility, String csv, String channels, String webhookUrl,
            String language) {
        var request = given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .header("Accept-Language", language).contentType("text/csv").body(csv).queryParam("channels", channels);
        if (webhookUrl != null) {
            request.queryParam("webhookUrl", webhookUrl);
        }
        return request.when().post("/api/v1/facilities/{code}/formulary", facility).then();
    }

    static String formulary(String... yjCodes) {
        return "YJコード,品名\n" + String.join(",品目\n", yjCodes) + ",品目\n";
    }

    static long count(String sql, String facility) throws Exception {
        return TestDatabase.count(sql, facility);
    }

    @Test
    void aFormularyUploadSubscribesEveryNewProductToTheWebhookWithOneSecretAnsweredOnce() throws Exception {
        String facility = MatchingTest.facility();
        String followed = WebhookDeliveryTest.freshYj();
        upload(facility, formulary(followed), "INBOX", null, "ja").statusCode(200)
                .body("subscribed", equalTo(1)).body("secret", nullValue());
        String first = WebhookDeliveryTest.freshYj();
        String second = WebhookDeliveryTest.freshYj();
        String url = receiver.url("/formulary/" + facility);

        String secret = upload(facility, formulary(followed, first, second), "INBOX,WEBHOOK", url, "ja")
                .statusCode(200)
                .body("products", equalTo(3))
                .body("subscribed", equalTo(2))
                .body("secret", startsWith("whsec_"))
                .extract().path("secret");

        assertEquals(2, TestDatabase.count("select count(*) from subscription where facility_code = ? and kind = "
                + "'YJ_CODE' and active and channels = '{INBOX,WEBHOOK}' and webhook_url = ? and secret = ?",
                facility, url, secret), "both new products call the endpoint and sign with the answered secret");
        assertEquals(1, TestDatabase.count("select count(*) from subscription where facility_code = ? and target = ?"
                + " and channels = '{INBOX}' and webhook_url is null", facility, followed), "the followed one is left");
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .when().get("/api/v1/subscriptions?facility={code}", facility)
                .then().statusCode(200).body("secret", not(hasItem(startsWith("whsec_"))))
                .body("findAll { it.yjCode == '" + first + "' }.webhookUrl", equalTo(List.of(url)));

        WebhookDeliveryTest.publish(UUID.randomUUID(), WebhookDeliveryTest.stopped(second, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/formulary/" + facility).size() == 1);
        WebhookReceiver.Received hook = receiver.received("/formulary/" + facility).get(0);
        assertTrue(WebhookDeliveryTest.verifies(secret, hook), "the webhook verifies with the upload's secret");
        assertEquals(second, JsonPath.from(hook.body()).getString("data.yjCode"));

        upload(facility, formulary(followed, first, second), "INBOX,WEBHOOK", url, "ja").statusCode(200)
                .body("products", equalTo(3)).body("subscribed", equalTo(0)).body("secret", nullValue());
        assertEquals(3, count("select count(*) from subscription where facility_code = ?", facility),
                "the same file again adds nothing");
        assertEquals(3, count("select count(*) from audit_log where action = 'subscription.formulary' and target"
                + " like ? || '%'", facility), "each upload audited, the one that added nothing too");
    }

    @Test
    void aBadOrMissingWebhookUrlIsRefusedNamingItInTheCallersLanguageAndStoresNothing() throws Exception {
        String facility = MatchingTest.facility();
        String csv = formulary(WebhookDeliveryTest.freshYj());
        String[][] cases = {
                // channels, webhookUrl, Japanese detail, English detail
                {"WEBHOOK", null, "WEBHOOK チャネルには webhookUrl が必要です", "is required for the WEBHOOK channel"},
                {"INBOX,SSE", receiver.url("/unused"), "webhookUrl は channels に WEBHOOK を含めたときだけ指定してください",
                        "is taken only with the WEBHOOK channel"},
                {"WEBHOOK", "http://user:secret@hooks.example.jp/h",
                        "Webhook URL にユーザー情報（user:password@）を含めないでください",
                        "the webhook URL must not carry user-info (user:password@)"},
                {"WEBHOOK", "http://no-such-host.invalid/h", "Webhook URL のホスト no-such-host.invalid の名前解決ができません",
                        "the webhook URL's host no-such-host.invalid cannot be resolved"},
                {"WEBHOOK", "ftp://hooks.example.jp/h", "webhookUrl: http または https で始まる絶対 URL にしてください",
                        "webhookUrl: must be an absolute http or https URL"}};
        for (String[] c : cases) {
            upload(facility, csv, c[0], c[1], "ja").statusCode(400).contentType("application/problem+json")
                    .header("Content-Language", "ja")
                    .body("errors[0].field", equalTo("webhookUrl")).body("detail", equalTo(c[2]));
            upload(facility, csv, c[0], c[1], "en").statusCode(400).contentType("application/problem+json")
                    .header("Content-Language", "en")
                    .body("errors[0].field", equalTo("webhookUrl")).body("detail", equalTo(c[3]));
        }
        assertEquals(0, count("select count(*) from subscription where facility_code = ?", facility));
        assertEquals(0, count("select count(*) from audit_log where action = 'subscription.formulary' and target"
                + " like ? || '%'", facility));
    }
}
