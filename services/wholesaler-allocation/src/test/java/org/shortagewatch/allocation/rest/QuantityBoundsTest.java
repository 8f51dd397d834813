package org.shortagewatch.allocation.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** No wholesaler's figures can make another wholesaler's request fail: every quantity is bounded. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class QuantityBoundsTest {

    /** A customer of the second wholesaler in the same prefecture (Tokyo) as the first one's. */
    private static final String OTHER_FACILITY = FacilityCodes.withCheckDigit("134123457");

    private static Map<String, Object> stock(String facility, String yj, Object units) {
        Map<String, Object> record = new HashMap<>(WholesalerDataResourceTest.order(facility, yj, 1, "錠"));
        record.put("reference", "STK-" + yj + "-" + facility);
        record.put("units", units);
        return record;
    }

    @Test
    void aQuantityBeyondTheDomainIsRefusedAndOthersKeepPosting() throws Exception {
        String yj = WholesalerDataResourceTest.freshYj();
        // The attack: a stock near Long.MAX_VALUE, which summed with others' would overflow.
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS001", "WHS001", "stock",
                        stock("1341234563", yj, 9_223_372_036_854_775_000L))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("units"));
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS001", "WHS001", "stock",
                        stock("1341234563", yj, WholesalerRecord.MAX_UNITS + 1))
                .statusCode(400)
                .body("errors[0].field", equalTo("units"));
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS001", "WHS001", "stock",
                        stock("1341234563", yj, 1.9))
                .statusCode(400)
                .body("errors[0].field", equalTo("units"));
        assertEquals(0, WholesalerDataResourceTest.records(yj), "nothing stored");

        // The largest allowed figures from one wholesaler leave another's posts in the same prefecture working.
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS001", "WHS001", "stock",
                stock("1341234563", yj, WholesalerRecord.MAX_UNITS)).statusCode(200);
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS002", "WHS002", "stock",
                stock(OTHER_FACILITY, yj, 120)).statusCode(200);
        WholesalerDataResourceTest.postJson(Roles.WHOLESALER, "WHS002", "WHS002", "orders",
                WholesalerDataResourceTest.order(OTHER_FACILITY, yj, 30, "錠")).statusCode(200);
        assertEquals(3, WholesalerDataResourceTest.records(yj));
    }
}
