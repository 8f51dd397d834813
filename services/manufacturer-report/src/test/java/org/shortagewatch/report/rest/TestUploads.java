package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.events.YjCodes;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What report's bulk-upload tests share: the national list's status header, fresh products of one holder, an upload
 * and its finished job, and the status changes recorded for a list of products.
 */
final class TestUploads {

    private TestUploads() {
    }

    /** With its charset: a text/* upload without one would be read as whatever the client library assumes. */
    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String STATUS_HEADER = "⑤YJコード,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,⑮解消見込み,"
            + "⑯解消見込み時期,⑰出荷量の状況\n";
    static final AtomicInteger NEXT = new AtomicInteger();
    static final String HOLDER = "MFR101";

    /** n fresh products, registered as held by {@link #HOLDER}. */
    static List<String> products(int n) {
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String yj = YjCodes.withCheckCharacter(String.format("3%06dF101", NEXT.incrementAndGet()));
            TestReports.register(yj, HOLDER);
            codes.add(yj);
        }
        return codes;
    }

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    static String upload(RequestSpecification request, String path, String mode, String contentType, byte[] file) {
        return request.contentType(contentType).body(file).queryParam("mode", mode)
                .when().post(path)
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/bulk-jobs/[0-9a-f-]{36}"))
                .body("state", equalTo("QUEUED"))
                .extract().path("id");
    }

    /** Status rows in the national layout (each ending in a newline) uploaded as CSV by {@link #HOLDER}. */
    static String uploadStatusRows(String mode, String rows) {
        return upload(as(Roles.MANUFACTURER, HOLDER), "/api/v1/status-changes/bulk", mode, CSV, utf8(STATUS_HEADER + rows));
    }

    /** The outcome of {@link #uploadStatusRows}, once its job has finished. */
    static ValidatableResponse statusRowsOutcome(String mode, String rows) {
        return finished(HOLDER, uploadStatusRows(mode, rows));
    }

    static ValidatableResponse finished(String org, String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !List.of("QUEUED", "RUNNING").contains(as(Roles.MANUFACTURER, org).get("/api/v1/bulk-jobs/{id}", id)
                        .then().statusCode(200).extract().<String>path("state")));
        return as(Roles.MANUFACTURER, org).get("/api/v1/bulk-jobs/{id}", id).then().statusCode(200);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static long changesOf(List<String> codes) throws Exception {
        return TestDatabase.count("select count(*) from status_change where yj_code = any(string_to_array(?, ','))",
                String.join(",", codes));
    }
}
