package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The whole system with Keycloak and the portal, started once for every portal test class of the run (the browser
 * journeys and the page tests, each {@code @ExtendWith(PortalSystem.class)}) and stopped when the last test of the
 * run has finished (it is kept in JUnit's root store, which closes it): Keycloak, Kafka, PostgreSQL, the three services
 * and the portal as built jars in their own processes. Seeded with メジコン錠15mg (MFR001) and its alternative
 * (MFR002), both shipping normally, every product registered with its maker's name, and with the demo catalogue a
 * first local run loads ({@link DemoCatalogue}: the demo makers' products, the demo pharmacy and hospital named in
 * notification's facility registry, the demo wholesaler in allocation's; the names fictional). The helpers call the services' APIs
 * with the demo users' Keycloak tokens.
 */
final class PortalSystem implements BeforeAllCallback {

    /** メジコン錠15mg, MFR001's. */
    static final String MEDICON = "2223001F1050";
    static final String MEDICON_NAME = "メジコン錠15mg";
    /** The same ingredient, form and strength from MFR002: メジコン's alternative, shipping normally. */
    static final String GENERIC = "2223001F1068";
    static final String GENERIC_NAME = "デキストロメトルファン臭化水素酸塩錠15mg「ニシ」";
    static final String INGREDIENT = "デキストロメトルファン臭化水素酸塩水和物";
    /** The demo manufacturers' names (製造販売業者名), by code, as every product of theirs registered here states. */
    private static final Map<String, String> MAKER_NAMES = Map.of(DemoRealm.MANUFACTURER.org(), "架空製薬株式会社",
            DemoRealm.MANUFACTURER2.org(), "ニシ架空薬品工業株式会社");
    /** The demo pharmacy's and hospital's names in notification's facility registry. */
    static final String PHARMACY_NAME = "架空さくら薬局 本町店";
    static final String HOSPITAL_NAME = "架空みなと総合病院";
    /** The demo wholesaler's (WHS001's) name in allocation's registry. */
    static final String WHOLESALER_NAME = "架空薬品販売株式会社";

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(PortalSystem.class, key -> new Started(stack()), Started.class);
    }

    /** Stops the system when JUnit closes its root store, at the end of the run. */
    private record Started(LocalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.stop();
        }
    }

    /** The running system, started and seeded on first use. */
    static synchronized LocalStack stack() {
        if (stack == null) {
            Path root = Path.of("").toAbsolutePath().getParent().getParent();
            long begin = System.nanoTime();
            LocalStack started = new LocalStack(LocalStack.options(root)
                    .keycloak(0)
                    .portal(0)
                    .logDir(Path.of("target", "portal-system", "logs").toAbsolutePath())
                    // the hospital's webhook endpoint in the other-facility check is on localhost
                    .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                    .progress(line -> System.out.println("[stack] " + line))
                    .build());
            try {
                started.start();
            } catch (Exception e) {
                started.stop();
                throw new IllegalStateException("the system with Keycloak and the portal did not start", e);
            }
            stack = started;
            System.out.printf("[portal] stack with Keycloak and the portal ready in %.1f s%n",
                    (System.nanoTime() - begin) / 1e9);
            register(DemoRealm.MANUFACTURER, MEDICON, MEDICON_NAME, "BRAND");
            register(DemoRealm.MANUFACTURER2, GENERIC, GENERIC_NAME, "GENERIC");
            report(DemoRealm.MANUFACTURER, MEDICON, "NORMAL", null);
            report(DemoRealm.MANUFACTURER2, GENERIC, "NORMAL", null);
            try {
                demoCatalogue(root).load(); // the facility list names the demo pharmacy and hospital
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the demo catalogue did not load", e);
            }
        }
        return stack;
    }

    static String portal() {
        return stack().serviceUrl(LocalStack.PORTAL).toString();
    }

    /** The demo data a first local run loads, as {@code deploy/local/run} loads it, into this system. */
    static DemoCatalogue demoCatalogue(Path root) {
        return new DemoCatalogue(root.resolve(DemoCatalogue.FOLDER), stack::serviceUrl, PortalSystem::token);
    }

    /** A call to the service with the demo user's access token from Keycloak (password grant, TOTP if required). */
    static RequestSpecification as(DemoRealm.User user, String service) {
        return given().baseUri(stack().serviceUrl(service).toString())
                .header("Authorization", "Bearer " + token(user));
    }

    private static final Map<String, Token> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Token(String value, long fetched) {
    }

    /**
     * The user's access token, fetched again after four of its five minutes: each fetch for a regulator uses up a
     * one-time code, and Keycloak takes only two codes a 30-second step.
     */
    static String token(DemoRealm.User user) {
        return TOKENS.compute(user.username(), (name, token) -> token != null
                && System.nanoTime() - token.fetched() < Duration.ofMinutes(4).toNanos() ? token
                        : new Token(stack().keycloak().accessToken(user), System.nanoTime())).value();
    }

    /** A product of メジコン's ingredient and strength. */
    static void register(DemoRealm.User manufacturer, String yj, String name, String category) {
        register(manufacturer, yj, name, INGREDIENT, "15mg1錠", category);
    }

    /** An internal medicine (内用薬) of the manufacturer's, registered or corrected in manufacturer-report. */
    static void register(DemoRealm.User manufacturer, String yj, String name, String ingredient, String strength,
            String category) {
        register(manufacturer, yj, name, ingredient, strength, category, false);
    }

    /** As above, a basic drug (基礎的医薬品) or not. */
    static void register(DemoRealm.User manufacturer, String yj, String name, String ingredient, String strength,
            String category, boolean basicDrug) {
        as(manufacturer, LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                .body(Map.of("manufacturerCode", manufacturer.org(), "manufacturerName", makerName(manufacturer),
                        "productName", name, "ingredient", ingredient, "strengthUnit", strength,
                        "drugCategory", "INTERNAL", "productCategory", category, "basicDrug", basicDrug))
                .when().put("/api/v1/products/{yj}", yj)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** The demo manufacturer's name (製造販売業者名), fictional. */
    static String makerName(DemoRealm.User manufacturer) {
        return MAKER_NAMES.get(manufacturer.org());
    }

    /** A facility registered with notification by the operator: of {@code kind}, named {@code name}. */
    static void facility(String code, String kind, String name) {
        as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", name)).when().put("/api/v1/facilities/{code}", code)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    static void report(DemoRealm.User manufacturer, String yj, String response, String reason) {
        report(manufacturer, yj, response, reason, LocalDate.of(2026, 12, 1));
    }

    /** A status change of the manufacturer's product, effective on {@code effective}, with a reason unless null. */
    static void report(DemoRealm.User manufacturer, String yj, String response, String reason, LocalDate effective) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("yjCode", yj, "shipmentResponse", response,
                "effectiveDate", effective.toString()));
        if (reason != null) {
            body.put("reason", reason);
        }
        report(manufacturer, body);
    }

    static void report(DemoRealm.User manufacturer, Map<String, Object> change) {
        as(manufacturer, LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON).body(change)
                .when().post("/api/v1/status-changes").then().statusCode(201);
    }

    /** Drafted by one regulator, approved by the other, published: addressed to the demo pharmacy, about メジコン. */
    static String publishNotice(String title) {
        return publish(draftNotice(title, List.of(DemoRealm.PHARMACY.org()), MEDICON, MEDICON_NAME));
    }

    /**
     * A notice (事務連絡) drafted by the regulator through notification's API: to the pharmacists' association, with
     * the organisations that receive it in their inbox, about one product (YJ code and name).
     */
    static String draftNotice(String title, List<String> organisations, String yj, String name) {
        Map<String, Object> body = Map.of("addressees", List.of("公益社団法人日本薬剤師会 御中"),
                "addresseeOrganisations", organisations, "title", title,
                "background", "鎮咳薬及び去痰薬については、感染症の流行により需要が増加し、限定出荷が続いています。",
                "requests", List.of("必要最小限の日数の処方とすること。", "近隣の薬局と連携すること。"),
                "targetProducts", List.of(Map.of("yjCode", yj, "name", name)),
                "consultationDesk", "厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111", "followsUp", List.of());
        return as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
    }

    /**
     * On the facility's page of notices ({@code /me/notices}): acknowledges the notice with its button and waits for
     * the page that follows, where that notice's entry is marked 確認済み and has no button. It waits for this notice's
     * own form to go, never for the badge alone: other notices to the facility may be acknowledged already.
     */
    static void acknowledgeOnMyNotices(Browser browser, String notice) {
        By acknowledgement = By.cssSelector("form[action='/me/notices/" + notice + "/acknowledgement']");
        browser.find(acknowledgement).findElement(By.tagName("button")).click();
        browser.waitFor().withMessage(() -> "the notice's acknowledgement button is gone at " + browser.url())
                .until(ExpectedConditions.numberOfElementsToBe(acknowledgement, 0));
        String entry = browser.find(By.xpath("//li[.//a[@href='/notices/" + notice + "']]")).getText();
        assertTrue(entry.contains("確認済み"), "the notice's entry says 確認済み: " + entry);
    }

    /**
     * On the notice's own page ({@code /notices/{id}}): acknowledges it with its button and waits for the page that
     * follows, the same notice, which then says 確認済み and has no button.
     */
    static void acknowledgeOnItsPage(Browser browser, String notice) {
        browser.find(By.id("acknowledge")).click();
        browser.waitFor().withMessage(() -> "the notice's page without its button at " + browser.url())
                .until(ExpectedConditions.numberOfElementsToBe(By.id("acknowledge"), 0));
        assertTrue(browser.url().endsWith("/notices/" + notice), browser.url());
        String acknowledgement = browser.find(By.id("acknowledgement")).getText();
        assertTrue(acknowledgement.contains("確認済み"), acknowledgement);
    }

    /** Sent for review by the regulator who drafted it, approved by the other, published by the first. */
    static String publish(String id) {
        noticeStep(DemoRealm.REGULATOR, id, "review-request");
        noticeStep(DemoRealm.REGULATOR2, id, "approval");
        noticeStep(DemoRealm.REGULATOR, id, "publication").body("status", equalTo("PUBLISHED"));
        return id;
    }

    /** A step of the notice's workflow (review-request, approval, publication) taken by {@code user}. */
    static ValidatableResponse noticeStep(DemoRealm.User user, String id, String step) {
        return as(user, LocalStack.NOTIFICATION).when().post("/api/v1/notices/{id}/" + step, id).then().statusCode(200);
    }

    static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }
}
