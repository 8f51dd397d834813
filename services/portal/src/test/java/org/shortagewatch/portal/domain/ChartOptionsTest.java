package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ChartOptionsTest {

    static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyChartIsDescribedForScreenReadersWithItsLegendBelow() throws Exception {
        for (String json : List.of(
                ChartOptions.doughnut(List.of("a"), List.of("#000000"), List.of(1)),
                ChartOptions.lines(List.of("12/1", "12/2"), List.of(new ChartOptions.Series("届いた", "#0969da", List.of(3, 5)))),
                ChartOptions.tileMap(List.of(), List.of(), "データなし"))) {
            JsonNode option = read(json);
            assertTrue(option.at("/aria/enabled").asBoolean(), json);
            assertEquals(0, option.at("/legend/bottom").asInt(), json);
        }
    }

    @Test
    void linesKeepTheirPointsAndColours() throws Exception {
        JsonNode option = read(ChartOptions.lines(List.of("12/1", "12/2"),
                List.of(new ChartOptions.Series("確認済み", "#1a7f37", List.of(0.5, 0.75)))));
        assertEquals("12/2", option.at("/xAxis/data/1").asText());
        assertEquals("line", option.at("/series/0/type").asText());
        assertEquals(0.75, option.at("/series/0/data/1").asDouble());
        assertEquals("#1a7f37", option.at("/series/0/lineStyle/color").asText());
    }

    @Test
    void barsOfAFewNamedCategoriesNameEachOneAndOthersLeaveItToECharts() throws Exception {
        List<ChartOptions.Series> series = List.of(new ChartOptions.Series("限定出荷", "#9a6700", List.of(1, 2, 3)));
        List<String> reasons = List.of("需要増", "原材料調達上の問題", "製造トラブル");
        JsonNode named = read(ChartOptions.stackedBarsEachNamed(reasons, series)).at("/xAxis");
        assertEquals(0, named.at("/axisLabel/interval").asInt());
        assertTrue(named.at("/axisLabel/hideOverlap").isBoolean(), named::toString);
        assertFalse(named.at("/axisLabel/hideOverlap").asBoolean());
        assertTrue(named.at("/axisLabel/rotate").asInt() > 0, "turned, so long names keep clear of each other");
        assertEquals("原材料調達上の問題", named.at("/data/1").asText());
        assertTrue(read(ChartOptions.stackedBars(reasons, series)).at("/xAxis/axisLabel").isMissingNode());
    }

    @Test
    void theTileMapPlacesEachPrefectureOnItsSquareAndGreysThoseWithoutData() throws Exception {
        JsonNode option = read(ChartOptions.tileMap(List.of(
                new ChartOptions.Tile(Prefecture.TOKYO, 3.5, "東京 3.5日"),
                new ChartOptions.Tile(Prefecture.OKINAWA, null, "沖縄 データなし")),
                List.of(new ChartOptions.Band("7日未満", "#cf222e", 0, 7.0), new ChartOptions.Band("7日以上", "#1a7f37", 7, null)),
                "データなし"));
        JsonNode tokyo = option.at("/series/0/data/0");
        assertEquals(List.of(11, 5), List.of(tokyo.at("/value/0").asInt(), tokyo.at("/value/1").asInt()));
        assertEquals(3.5, tokyo.at("/value/2").asDouble());
        assertEquals("東京 3.5日", tokyo.at("/name").asText());
        assertEquals(-1, option.at("/series/0/data/1/value/2").asInt());
        JsonNode pieces = option.at("/visualMap/pieces");
        assertEquals("データなし", pieces.get(0).at("/label").asText());
        assertEquals(7.0, pieces.get(1).at("/lt").asDouble());
        assertTrue(pieces.get(2).at("/lt").isMissingNode(), "the last band has no end");
    }

    @Test
    void textCannotBreakOutOfTheJson() throws Exception {
        String json = ChartOptions.doughnut(List.of("a\"b</script>"), List.of("#000"), List.of(1));
        assertEquals("a\"b</script>", read(json).at("/series/0/data/0/name").asText());
    }
}
