package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Charts as Apache ECharts draws them: each method returns the option object (JSON) a {@code chartPair} template
 * hands to {@code echarts.setOption}. The pages build every chart here, so they all look and behave alike: the
 * accessible description on ({@code aria}), the legend below, no animation where the user asks for less motion
 * (the browser side decides that), and each chart beside a table with the same figures.
 */
public final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A map tile's value when the prefecture has no data (shown grey, named in the legend). */
    private static final int NO_DATA = -1;
    private static final String GREY = "#d0d7de";

    /** One slice, bar part or line: its label, colour (CSS) and values (one per category or point). */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    /** One coloured range of a map's legend: values from {@code min} (inclusive) to {@code max} (exclusive; null: no end). */
    public record Band(String label, String colour, double min, Double max) {
    }

    /** One prefecture's tile: its value (null: no data) and the text shown on hover and in the table. */
    public record Tile(Prefecture prefecture, Double value, String text) {
    }

    private ChartOptions() {
    }

    /** A doughnut: one part per label, in the order given. */
    public static String doughnut(List<String> labels, List<String> colours, List<? extends Number> values) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            data.add(map("name", labels.get(i), "value", values.get(i), "itemStyle", map("color", colours.get(i))));
        }
        Map<String, Object> option = base();
        option.put("tooltip", map("trigger", "item"));
        option.put("series", List.of(map("type", "pie", "radius", List.of("45%", "72%"), "center", List.of("50%", "40%"),
                "label", map("show", false), "data", data)));
        return json(option);
    }

    /** Bars stacked per category, one stack part per series (limited by reason, stopped...). */
    public static String stackedBars(List<String> categories, List<Series> series) {
        return json(cartesian(categories, series, "bar", null));
    }

    /**
     * Stacked bars with every category named under its bar, for a chart of a few named categories (the reasons ⑭):
     * ECharts otherwise leaves out the names that would touch (it drew three of the seven reasons), so here each is
     * drawn, turned a little so that long names stay clear of each other at any width.
     */
    public static String stackedBarsEachNamed(List<String> categories, List<Series> series) {
        return json(cartesian(categories, series, "bar", map("interval", 0, "rotate", 30, "hideOverlap", false)));
    }

    /** Lines over time (x: the days or weeks as labelled), one line per series. */
    public static String lines(List<String> points, List<Series> series) {
        return json(cartesian(points, series, "line", null));
    }

    /**
     * Japan's 47 prefectures as a tile-grid map (one square each, placed roughly where the prefecture lies), each
     * tile coloured by the band its value falls in (bands from 0 up); tiles without data are grey and the legend
     * says so with {@code noData}.
     */
    public static String tileMap(List<Tile> tiles, List<Band> bands, String noData) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Tile t : tiles) {
            Prefecture p = t.prefecture();
            data.add(map("value", List.of(p.column(), p.row(), t.value() == null ? NO_DATA : t.value()),
                    "name", t.text()));
        }
        List<Map<String, Object>> pieces = new ArrayList<>();
        pieces.add(map("value", NO_DATA, "label", noData, "color", GREY));
        for (Band b : bands) {
            Map<String, Object> piece = map("label", b.label(), "color", b.colour(), "gte", b.min());
            if (b.max() != null) {
                piece.put("lt", b.max());
            }
            pieces.add(piece);
        }
        Map<String, Object> option = base();
        option.put("tooltip", map("trigger", "item"));
        option.put("grid", map("left", 4, "right", 4, "top", 4, "bottom", 64, "containLabel", false));
        option.put("xAxis", map("type", "category", "data", range(Prefecture.COLUMNS), "show", false));
        option.put("yAxis", map("type", "category", "data", range(Prefecture.ROWS), "show", false, "inverse", true));
        option.put("visualMap", map("type", "piecewise", "dimension", 2, "pieces", pieces, "orient", "horizontal",
                "left", "center", "bottom", 0, "outOfRange", map("color", GREY), "textStyle", map("fontSize", 12)));
        option.put("series", List.of(map("type", "heatmap", "data", data, "itemStyle",
                map("borderColor", "#ffffff", "borderWidth", 2), "label", map("show", true, "fontSize", 10,
                        "formatter", "{b}"), "emphasis", map("itemStyle", map("borderColor", "#1f2328")))));
        return json(option);
    }

    private static Map<String, Object> cartesian(List<String> categories, List<Series> series, String type,
            Map<String, Object> axisLabel) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> one = map("name", s.label(), "type", type, "data", s.values(),
                    "itemStyle", map("color", s.colour()));
            if ("bar".equals(type)) {
                one.put("stack", "total");
            } else {
                one.put("lineStyle", map("color", s.colour()));
            }
            list.add(one);
        }
        Map<String, Object> option = base();
        option.put("tooltip", map("trigger", "axis"));
        option.put("grid", map("left", 8, "right", 16, "top", 16, "bottom", 88, "containLabel", true));
        Map<String, Object> xAxis = map("type", "category", "data", categories);
        if (axisLabel != null) {
            xAxis.put("axisLabel", axisLabel);
        }
        option.put("xAxis", xAxis);
        option.put("yAxis", map("type", "value", "minInterval", 1));
        option.put("series", list);
        return option;
    }

    private static Map<String, Object> base() {
        return map("aria", map("enabled", true), "legend", map("bottom", 0, "type", "plain"));
    }

    private static List<String> range(int n) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(Integer.toString(i));
        }
        return r;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String json(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart's option could not be written as JSON", e);
        }
    }
}
