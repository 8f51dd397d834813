package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ingredient across Japan's 47 prefectures as the wholesaler's map shows it, in one of two views: days of supply
 * (under 7 days red, 7 to 14 amber, 14 to 30 yellow-green, 30 and more green) or open findings (none, one, two to
 * four, five and more), each prefecture without a figure grey. The same rows make the map's tiles and the table beside
 * it, so both say the same.
 */
public final class PrefectureMap {

    /** What the map colours the prefectures by. */
    public enum View {
        DAYS, FINDINGS;

        /** The view a query parameter asks for: {@code findings}, else days of supply. */
        public static View of(String parameter) {
            return "findings".equalsIgnoreCase(parameter) ? FINDINGS : DAYS;
        }

        /** As the query parameter names it. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One prefecture: its figure in the view (null: no data), the figure as shown, the band it falls in (null without
     * data) and the band's label (or what the legend calls no data).
     */
    public record Row(Prefecture prefecture, String name, Double value, String shown, ChartOptions.Band band,
            String bandLabel) {

        /** The band's colour, or the map's grey without data. */
        public String colour() {
            return band == null ? NO_DATA_COLOUR : band.colour();
        }
    }

    static final String NO_DATA_COLOUR = "#d0d7de";

    private PrefectureMap() {
    }

    /** The colour bands of a view, from 0 up, labelled in the page's language. */
    public static List<ChartOptions.Band> bands(View view, Locale locale) {
        boolean en = Languages.isEnglish(locale);
        if (view == View.DAYS) {
            return List.of(
                    new ChartOptions.Band(en ? "under 7 days" : "7日未満", "#b91c1c", 0, 7.0),
                    new ChartOptions.Band(en ? "7 to 14 days" : "7〜14日", "#d97706", 7, 14.0),
                    new ChartOptions.Band(en ? "14 to 30 days" : "14〜30日", "#9bbf2f", 14, 30.0),
                    new ChartOptions.Band(en ? "30 days and more" : "30日以上", "#1a7f37", 30, null));
        }
        return List.of(
                new ChartOptions.Band(en ? "none" : "0件", "#e6f2e8", 0, 1.0),
                new ChartOptions.Band(en ? "1" : "1件", "#f2c94c", 1, 2.0),
                new ChartOptions.Band(en ? "2 to 4" : "2〜4件", "#e07b00", 2, 5.0),
                new ChartOptions.Band(en ? "5 and more" : "5件以上", "#b91c1c", 5, null));
    }

    /** What a map without a figure for a prefecture says of it. */
    public static String noData(Locale locale) {
        return Languages.isEnglish(locale) ? "no data" : "データなし";
    }

    /** Every prefecture in JIS order with its figure ({@code values} by JIS code; absent or null: no data). */
    public static List<Row> rows(View view, Map<String, Double> values, Locale locale) {
        List<ChartOptions.Band> bands = bands(view, locale);
        List<Row> rows = new ArrayList<>();
        for (Prefecture p : Prefecture.values()) {
            Double v = values.get(p.code());
            ChartOptions.Band band = v == null ? null : band(bands, v);
            rows.add(new Row(p, p.label(locale), v, shown(view, v, locale), band,
                    band == null ? noData(locale) : band.label()));
        }
        return rows;
    }

    /** The map's option: each row a tile, named with its prefecture and figure. */
    public static String chart(View view, List<Row> rows, Locale locale) {
        List<ChartOptions.Tile> tiles = rows.stream().map(r -> new ChartOptions.Tile(r.prefecture(), r.value(),
                r.name() + "\n" + r.shown())).toList();
        return ChartOptions.tileMap(tiles, bands(view, locale), noData(locale));
    }

    /** The band a value falls in: the last whose minimum it reaches. */
    static ChartOptions.Band band(List<ChartOptions.Band> bands, double value) {
        ChartOptions.Band in = bands.get(0);
        for (ChartOptions.Band b : bands) {
            if (value >= b.min()) {
                in = b;
            }
        }
        return in;
    }

    /** A figure as the tile and the table show it: days to a tenth, findings counted; a dash without data. */
    static String shown(View view, Double value, Locale locale) {
        if (value == null) {
            return "—";
        }
        boolean en = Languages.isEnglish(locale);
        if (view == View.DAYS) {
            return String.format(Locale.ROOT, en ? "%.1f days" : "%.1f日", value);
        }
        long n = Math.round(value);
        return en ? Long.toString(n) : n + "件";
    }
}
