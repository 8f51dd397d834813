package org.shortagewatch.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An ingredient's map as the portal reads it: a prefecture's stock or shipments that the service does not give stay
 * absent (the maps show "—"), and a real 0 stays 0, so no data is not shown as nothing in stock; products counted in
 * different units are shown each in its own.
 */
class WholesalerApiTest {

    @Test
    void aMissingStockOrShipmentStaysMissingAndARealZeroStaysZero() throws Exception {
        WholesalerApi.IngredientMap map = new ObjectMapper().readValue("""
                {"ingredientKey":"2456001","prefectures":{
                  "01":{"code":"01","stockUnits":null,"daysOfSupply":null},
                  "13":{"code":"13","stockUnits":0,"shippedUnits":30,"daysOfSupply":0.0}}}""",
                WholesalerApi.IngredientMap.class);
        WholesalerApi.PrefectureView hokkaido = map.prefectures().get("01");
        assertNull(hokkaido.stockUnits(), "null: no data");
        assertNull(hokkaido.shippedUnits(), "absent: no data");
        WholesalerApi.PrefectureView tokyo = map.prefectures().get("13");
        assertEquals(0L, tokyo.stockUnits(), "none in stock");
        assertEquals(30L, tokyo.shippedUnits());
        assertEquals("—", hokkaido.stock(), "the table's cell");
        assertEquals("0", tokyo.stock());
    }

    @Test
    void whereProductsCountInDifferentUnitsEachUnitsFiguresAreShownApart() throws Exception {
        WholesalerApi.PrefectureView tokyo = new ObjectMapper().readValue("""
                {"code":"13","stockUnits":null,"shippedUnits":null,"daysOfSupply":72.1,"byUnit":[
                  {"unit":"mL","stockUnits":100000,"shippedUnits":10000},
                  {"unit":"錠","stockUnits":300,"shippedUnits":3000}]}""", WholesalerApi.PrefectureView.class);
        assertEquals("100000mL / 300錠", tokyo.stock());
        assertEquals("10000mL / 3000錠", tokyo.shipped());
        WholesalerApi.PrefectureView unknownStock = new ObjectMapper().readValue("""
                {"code":"27","byUnit":[{"unit":"mL","stockUnits":null,"shippedUnits":5},
                  {"unit":"錠","stockUnits":null,"shippedUnits":7}]}""", WholesalerApi.PrefectureView.class);
        assertEquals("—", unknownStock.stock(), "no wholesaler reported stock there");
        assertEquals("5mL / 7錠", unknownStock.shipped());
    }
}
