package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What can be refused before an upload is accepted is refused then, naming the problem, and no job is stored: an
 * unknown charset, garbage bytes, NUL bytes anywhere, a header with no rows, a file without the national list's header,
 * an "xlsx" that is no workbook, more rows than the cap.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BulkUploadRefusalTest {

    static Stream<Arguments> refusedFiles() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        return Stream.of(
                Arguments.of("an unknown charset", "text/csv; charset=x-no-such-charset",
                        utf8(TestUploads.STATUS_HEADER + "2456001F1310,通常出荷,2026-11-01,,,,\n"), 415, "Content-Type"),
                Arguments.of("garbage bytes", "text/csv", garbage, 400, "file"),
                Arguments.of("NUL bytes (a UTF-16 file)", "text/csv",
                        (TestUploads.STATUS_HEADER + "2456001F1310,通常出荷,2026-11-01\n").getBytes(StandardCharsets.UTF_16LE),
                        400, "file"),
                Arguments.of("a header and no rows", TestUploads.CSV, utf8(TestUploads.STATUS_HEADER), 400, "file"),
                Arguments.of("no national-list header", TestUploads.CSV, utf8("a,b,c\n1,2,3\n"), 400, "file"),
                Arguments.of("no ⑫ column for status changes", TestUploads.CSV,
                        utf8("⑤YJコード,⑬⑫の更新日\n2456001F1310,2026-11-01\n"), 400, "file"),
                Arguments.of("an xlsx that is no workbook", TestUploads.XLSX, utf8("PK not really"), 400, "file"),
                Arguments.of("a NUL byte far below the header", TestUploads.CSV,
                        utf8(TestUploads.STATUS_HEADER + rows(40) + "2456001F1310,通常出荷\u0000,2026-11-01\n"),
                        400, "file"),
                Arguments.of("more rows than an upload may hold (50,000)", TestUploads.CSV,
                        utf8(TestUploads.STATUS_HEADER + rows(50_001)), 400, "file"));
    }

    /** {@code n} well-formed rows. */
    private static String rows(int n) {
        return "2456001F1310,通常出荷,2026-11-01,,,,\n".repeat(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refusedBeforeAnyJobIsStored(String what, String contentType, byte[] file, int status, String field)
            throws Exception {
        long jobs = TestDatabase.count("select count(*) from bulk_job");
        TestUploads.as(Roles.MANUFACTURER, TestUploads.HOLDER).contentType(contentType).body(file)
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo(field));
        assertEquals(jobs, TestDatabase.count("select count(*) from bulk_job"), "no job stored");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
