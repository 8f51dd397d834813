package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

/**
 * The status spans the national counts read are the history's, whatever order the changes arrive in: a change
 * reported after a later one (backdated), a same-day correction and a change inside an earlier span each leave the
 * product's spans as a rebuild from its whole history would. And so for every product that any test of the suite has
 * reported on so far, single reports and bulk files alike.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class StatusSpansTest {

    static final String PRODUCT = "3999903F1010";
    static final String MAKER = "MFR793";

    /** Spans stored and not given by the whole history, and the other way round (V12's function). */
    static final String DIFFERING = "select status_span_differing()";

    @Test
    void spansFollowTheHistoryWhateverOrderItsChangesArriveIn() throws Exception {
        ProductResourceTest.put(PRODUCT, MAKER, "状況期間", "GENERIC", "NONE", false);
        ProductEffectsTest.report(PRODUCT, MAKER, "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE", null, "2031-05-10");
        assertEquals("2031-05-10..infinity LIMITED_OWN_REASONS", spans(PRODUCT));

        ProductEffectsTest.report(PRODUCT, MAKER, "NORMAL", null, null, "2031-03-01");
        ProductEffectsTest.report(PRODUCT, MAKER, "STOPPED", "MANUFACTURING_TROUBLE", null, "2031-08-01");
        assertEquals("2031-03-01..2031-05-10 NORMAL | 2031-05-10..2031-08-01 LIMITED_OWN_REASONS"
                + " | 2031-08-01..infinity STOPPED", spans(PRODUCT));

        ProductEffectsTest.report(PRODUCT, MAKER, "LIMITED_OTHER", "OTHER", null, "2031-05-10");
        ProductEffectsTest.report(PRODUCT, MAKER, "NORMAL", null, null, "2031-06-15");
        assertEquals("2031-03-01..2031-05-10 NORMAL | 2031-05-10..2031-06-15 LIMITED_OTHER"
                + " | 2031-06-15..2031-08-01 NORMAL | 2031-08-01..infinity STOPPED", spans(PRODUCT));

        assertEquals(0, TestDatabase.count(DIFFERING), "every product's spans are its history's");
    }

    @Test
    void aBulkFileKeepsTheSpansOfEveryProductItChanges() throws Exception {
        List<String> codes = TestUploads.products(3);
        String stopped = ",供給停止,2031-04-01,原材料調達上の問題,,,C\n";
        TestUploads.statusRowsOutcome(null, codes.get(0) + stopped + codes.get(1) + stopped + codes.get(2) + stopped)
                .body("state", equalTo("SUCCEEDED"));
        // backdated, corrected the same day, followed
        TestUploads.statusRowsOutcome(null, codes.get(0) + ",通常出荷,2031-02-01,,,,\n"
                + codes.get(1) + ",通常出荷,2031-04-01,,,,\n" + codes.get(2) + ",通常出荷,2031-09-01,,,,\n")
                .body("state", equalTo("SUCCEEDED"));

        assertEquals("2031-02-01..2031-04-01 NORMAL | 2031-04-01..infinity STOPPED", spans(codes.get(0)));
        assertEquals("2031-04-01..infinity NORMAL", spans(codes.get(1)));
        assertEquals("2031-04-01..2031-09-01 STOPPED | 2031-09-01..infinity NORMAL", spans(codes.get(2)));
        assertEquals(0, TestDatabase.count(DIFFERING), "every product's spans are its history's");
    }

    private static String spans(String yj) throws Exception {
        return TestDatabase.string("select string_agg(starts || '..' || ends || ' ' || shipment_response, ' | '"
                + " order by starts) from status_span where yj_code = ?", yj);
    }
}
