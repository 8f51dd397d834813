package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.report.rest.TestUploads.HOLDER;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.finished;
import static org.shortagewatch.report.rest.TestUploads.products;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * A status file as Japanese spreadsheets save it, under every name its charset goes by, through the upload endpoint:
 * every row is accepted and its text (①, 髙, 﨑: CP932's own characters) reads as written. On a real PostgreSQL and
 * Kafka broker.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BulkUploadCharsetTest {

    static final Charset CP932 = Charset.forName("windows-31j");
    static final String HEADER = "⑤YJコード,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,⑮解消見込み,"
            + "⑰出荷量の状況,⑲出荷量改善の見込み量\n";
    static final String AMOUNT = "髙﨑工場①・⑤ラインで通常の50%";
    /** The client sends the Content-Type as given, adding no charset of its own. */
    static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** Every name CP932 goes by, and none; UTF-8 named or not, each with a byte-order mark and without. */
    static Stream<Arguments> encodings() {
        Stream<Arguments> cp932 = Stream.of("; charset=Shift_JIS", "; charset=MS932", "; charset=Windows-31J",
                "; charset=CP932", "").map(charset -> Arguments.of("text/csv" + charset, "CP932"));
        Stream<Arguments> utf8 = Stream.of("; charset=UTF-8", "").flatMap(charset -> Stream.of("UTF-8 with BOM", "UTF-8")
                .map(encoding -> Arguments.of("text/csv" + charset, encoding)));
        return Stream.concat(cp932, utf8);
    }

    static byte[] encoded(String text, String encoding) {
        if (encoding.equals("CP932")) {
            assertTrue(CP932.newEncoder().canEncode(text), "the test's text is CP932's");
            return text.getBytes(CP932);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (encoding.endsWith("BOM")) {
            out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("encodings")
    void everyRowIsAcceptedAndReadsAsWritten(String contentType, String encoding) {
        List<String> yj = products(2);
        String file = HEADER + yj.get(0) + ",②限定出荷（自社の事情）,2026-11-01,３．製造トラブル,未定,B," + AMOUNT + "\n"
                + yj.get(1) + ",通常出荷,令和8年11月1日,,,Ａ＋,\n";
        String id = as(Roles.MANUFACTURER, HOLDER).config(AS_GIVEN).contentType(contentType)
                .body(encoded(file, encoding)).when().post("/api/v1/status-changes/bulk")
                .then().statusCode(202).extract().path("id");
        finished(HOLDER, id).body("state", equalTo("SUCCEEDED")).body("acceptedRows", equalTo(2))
                .body("rejectedRows", equalTo(0));
        given().get("/api/v1/products/{yj}/status", yj.get(0)).then().statusCode(200)
                .body("current.volumeImprovementAmount", equalTo(AMOUNT))
                .body("current.reason", equalTo("MANUFACTURING_TROUBLE"));
        given().get("/api/v1/products/{yj}/status", yj.get(1)).then().body("current.shipmentVolume", equalTo("A_PLUS"));
    }
}
