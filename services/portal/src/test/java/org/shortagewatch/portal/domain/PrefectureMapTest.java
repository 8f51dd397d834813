package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PrefectureMapTest {

    @ParameterizedTest
    @CsvSource({"0, 7日未満", "6.9, 7日未満", "7, 7〜14日", "13.9, 7〜14日", "14, 14〜30日", "29.9, 14〜30日",
            "30, 30日以上", "400, 30日以上"})
    void daysOfSupplyFallInTheirBands(double days, String band) {
        assertEquals(band, PrefectureMap.band(PrefectureMap.bands(PrefectureMap.View.DAYS, Locale.JAPANESE), days)
                .label());
    }

    @ParameterizedTest
    @CsvSource({"0, 0件", "1, 1件", "2, 2〜4件", "4, 2〜4件", "5, 5件以上", "12, 5件以上"})
    void findingsFallInTheirBands(double findings, String band) {
        assertEquals(band, PrefectureMap.band(PrefectureMap.bands(PrefectureMap.View.FINDINGS, Locale.JAPANESE),
                findings).label());
    }

    @Test
    void everyPrefectureIsARowInJisOrderThoseWithoutAFigureGrey() {
        List<PrefectureMap.Row> rows = PrefectureMap.rows(PrefectureMap.View.DAYS, Map.of("13", 5.04, "27", 65.0),
                Locale.JAPANESE);
        assertEquals(47, rows.size());
        assertEquals("01", rows.get(0).prefecture().code());
        PrefectureMap.Row tokyo = rows.get(12);
        assertEquals("東京", tokyo.name());
        assertEquals("5.0日", tokyo.shown());
        assertEquals("7日未満", tokyo.bandLabel());
        assertEquals("#b91c1c", tokyo.colour());
        PrefectureMap.Row hokkaido = rows.get(0);
        assertNull(hokkaido.value());
        assertEquals("—", hokkaido.shown());
        assertEquals("データなし", hokkaido.bandLabel());
        assertEquals("#d0d7de", hokkaido.colour());
        PrefectureMap.Row osaka = PrefectureMap.rows(PrefectureMap.View.FINDINGS, Map.of("27", 3.0), Locale.ENGLISH)
                .get(26);
        assertEquals("Osaka", osaka.name());
        assertEquals("3", osaka.shown());
        assertEquals("2 to 4", osaka.bandLabel());
    }

    @Test
    void theMapsTilesCarryTheRowsFiguresAndItsLegendTheBands() throws Exception {
        List<PrefectureMap.Row> rows = PrefectureMap.rows(PrefectureMap.View.FINDINGS, Map.of("13", 1.0),
                Locale.JAPANESE);
        JsonNode option = new ObjectMapper().readTree(PrefectureMap.chart(PrefectureMap.View.FINDINGS, rows,
                Locale.JAPANESE));
        JsonNode tokyo = option.path("series").get(0).path("data").get(12);
        assertEquals("[11,5,1.0]", tokyo.path("value").toString());
        assertEquals("東京\n1件", tokyo.path("name").asText());
        JsonNode pieces = option.path("visualMap").path("pieces");
        assertEquals("データなし", pieces.get(0).path("label").asText());
        assertEquals("1件", pieces.get(2).path("label").asText());
    }

    @Test
    void theViewIsTheQueryParametersOrDaysOfSupply() {
        assertEquals(PrefectureMap.View.FINDINGS, PrefectureMap.View.of("findings"));
        assertEquals(PrefectureMap.View.DAYS, PrefectureMap.View.of(null));
        assertEquals(PrefectureMap.View.DAYS, PrefectureMap.View.of("other"));
        assertEquals("findings", PrefectureMap.View.FINDINGS.parameter());
    }
}
