package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

/**
 * The national counts read each product's status on the day from its whole history, however long: a status
 * reported long before the weeks asked for still counts in them until it changes, and of two changes on the same day
 * the later report counts. Two products of this test's own, with statuses effective in 2029 and 2030, later than any
 * other test's; since those hold on every later day too, the test compares the counts before and after it reports.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class HistoryAggregatesTest {

    @Test
    void eachWeekAndDayCountsTheStatusInEffectWhenEverItWasReported() {
        // limited for its maker's own reasons from 2029-06-01, stopped from 2030-03-06
        String longLimited = "3999901F1011";
        // normal from 2029-01-10; on 2030-02-25 reported limited, then, the same day, stopped
        String corrected = "3999902F1016";
        String weekly = "/api/v1/aggregates/weekly?from=2030-02-18&to=2030-03-10";
        String reasonsOfTheDay = "/api/v1/aggregates/reasons?asOf=2030-03-01";
        String countsOfTheDay = "/api/v1/aggregates?asOf=2030-03-01";
        JsonPath weeksBefore = read(weekly);
        JsonPath reasonsBefore = read(reasonsOfTheDay);
        int totalBefore = read(countsOfTheDay).getInt("total");

        ProductResourceTest.put(longLimited, "MFR791", "履歴集計一", "GENERIC", "NONE", false);
        ProductResourceTest.put(corrected, "MFR792", "履歴集計二", "GENERIC", "NONE", false);
        ProductEffectsTest.report(longLimited, "MFR791", "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE", null,
                "2029-06-01");
        ProductEffectsTest.report(longLimited, "MFR791", "STOPPED", "MANUFACTURING_TROUBLE", null, "2030-03-06");
        ProductEffectsTest.report(corrected, "MFR792", "NORMAL", null, null, "2029-01-10");
        ProductEffectsTest.report(corrected, "MFR792", "LIMITED_OWN_REASONS", "QUALITY_TROUBLE", null, "2030-02-25");
        ProductEffectsTest.report(corrected, "MFR792", "STOPPED", "QUALITY_TROUBLE", null, "2030-02-25");

        JsonPath weeks = read(weekly);
        assertEquals(List.of("2030-W08", "2030-W09", "2030-W10"), weeks.getList("weeks.week"));
        assertEquals(List.of(1, 0, 0), added(weeksBefore, weeks, "weeks.normal"));
        assertEquals(List.of(1, 1, 0), added(weeksBefore, weeks, "weeks.limitedOwnReasons"));
        assertEquals(List.of(0, 1, 2), added(weeksBefore, weeks, "weeks.stopped"));
        assertEquals(List.of(2, 2, 2), added(weeksBefore, weeks, "weeks.responded"));

        assertEquals(totalBefore + 2, read(countsOfTheDay).getInt("total"));
        JsonPath reasons = read(reasonsOfTheDay);
        assertEquals(1, count(reasons, "MANUFACTURING_TROUBLE", "limited")
                - count(reasonsBefore, "MANUFACTURING_TROUBLE", "limited"));
        assertEquals(1, count(reasons, "QUALITY_TROUBLE", "stopped") - count(reasonsBefore, "QUALITY_TROUBLE", "stopped"));
        assertEquals(List.of(1, 1), List.of(reasons.getInt("total.limited") - reasonsBefore.getInt("total.limited"),
                reasons.getInt("total.stopped") - reasonsBefore.getInt("total.stopped")));
    }

    private static JsonPath read(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Per week, what the second series has more than the first. */
    private static List<Integer> added(JsonPath before, JsonPath after, String path) {
        List<Integer> b = before.getList(path, Integer.class);
        List<Integer> a = after.getList(path, Integer.class);
        return IntStream.range(0, a.size()).mapToObj(i -> a.get(i) - b.get(i)).toList();
    }

    private static int count(JsonPath reasons, String reason, String column) {
        Integer n = reasons.get("byReason.find { it.reason == '" + reason + "' }." + column);
        return n == null ? 0 : n;
    }
}
