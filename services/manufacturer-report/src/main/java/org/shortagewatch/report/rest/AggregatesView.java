package org.shortagewatch.report.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.NationalAggregates;
import org.shortagewatch.report.domain.SurveyPercent;

/**
 * Both tables of the 2023-11 survey on a day, counted as {@link #COUNTS} says; {@code total} keeps its name for
 * existing clients.
 */
public record AggregatesView(LocalDate asOf, List<ResponseCount> byShipmentResponse, long total,
        List<CategoryLine> byProductCategory, CategoryLine productCategoryTotal, long surveyed, long responded,
        long nonResponders) {

    /** What the tables' counts and percentages are, as the API's description of each table states it. */
    static final String COUNTS = " total counts the products that responded (have a status on the day), as the survey's"
            + " tables do; responded says the same, surveyed counts every product in the catalogue (the master keeps"
            + " no history, so today's catalogue) and nonResponders those of them without a status on the day."
            + " Every percentOfResponders is a count as a percentage of the responders (total), to one decimal"
            + " place, rounded half-up, as the ministry's tables print it.";

    /** Products with one shipment response, and their percentage of the responders. */
    public record ResponseCount(ShipmentResponse shipmentResponse, String label, long products,
            BigDecimal percentOfResponders) {
    }

    /** One product category's line (the total line: {@code productCategory} absent, label 合計). */
    public record CategoryLine(ProductCategory productCategory, String label, long limitedOwnReasons,
            long limitedOtherCompany, long limitedOther, long limitedTotal, long stopped, long normal,
            CategoryPercents percentOfResponders) {
    }

    /** A category line's counts as percentages of every responder (not of the category's). */
    public record CategoryPercents(BigDecimal limitedOwnReasons, BigDecimal limitedOtherCompany,
            BigDecimal limitedOther, BigDecimal limitedTotal, BigDecimal stopped, BigDecimal normal) {
    }

    static AggregatesView of(LocalDate day, NationalAggregates.Tables t) {
        long responders = t.total();
        List<ResponseCount> byResponse = t.byResponse().entrySet().stream()
                .map(e -> new ResponseCount(e.getKey(), e.getKey().japanese(), e.getValue(),
                        SurveyPercent.of(e.getValue(), responders)))
                .toList();
        List<CategoryLine> lines = t.byCategory().stream()
                .map(l -> line(l, l.category() == null ? "未分類" : l.category().japanese(), responders)).toList();
        return new AggregatesView(day, byResponse, responders, lines, line(t.categoryTotal(), "合計", responders),
                t.surveyed(), responders, t.nonResponders());
    }

    private static CategoryLine line(NationalAggregates.CategoryLine l, String label, long responders) {
        return new CategoryLine(l.category(), label, l.limitedOwnReasons(), l.limitedOtherCompany(), l.limitedOther(),
                l.limitedTotal(), l.stopped(), l.normal(), new CategoryPercents(
                        SurveyPercent.of(l.limitedOwnReasons(), responders),
                        SurveyPercent.of(l.limitedOtherCompany(), responders),
                        SurveyPercent.of(l.limitedOther(), responders), SurveyPercent.of(l.limitedTotal(), responders),
                        SurveyPercent.of(l.stopped(), responders), SurveyPercent.of(l.normal(), responders)));
    }

    /** The category table's lines with its total last. */
    List<CategoryLine> categoryLines() {
        List<CategoryLine> lines = new ArrayList<>(byProductCategory);
        lines.add(productCategoryTotal);
        return lines;
    }

    /**
     * The shipment-response table in the survey's wording: the counts and their total (the responders), then each
     * count's percentage of the responders, then the products surveyed and those that did not respond.
     */
    List<List<Object>> shipmentResponseRows() {
        List<Object> header = new ArrayList<>(List.of("区分"));
        List<Object> line = new ArrayList<>(List.of("全体"));
        for (ResponseCount count : byShipmentResponse) {
            header.add(count.label());
            line.add(count.products());
        }
        header.add("合計");
        line.add(total);
        for (ResponseCount count : byShipmentResponse) {
            header.add(percentHeading(count.label()));
            line.add(count.percentOfResponders());
        }
        header.addAll(List.of("調査対象品目数", "未回答品目数"));
        line.addAll(List.of(surveyed, nonResponders));
        return List.of(header, line);
    }

    /** The category table: the limited and stopped counts, normal shipment beside them, then their percentages. */
    List<List<Object>> productCategoryRows() {
        List<String> columns = List.of(ShipmentResponse.LIMITED_OWN_REASONS.japanese(),
                ShipmentResponse.LIMITED_OTHER_COMPANY.japanese(), ShipmentResponse.LIMITED_OTHER.japanese(),
                "限定出荷 計", ShipmentResponse.STOPPED.japanese(), ShipmentResponse.NORMAL.japanese());
        List<Object> header = new ArrayList<>(List.of("製品区分"));
        header.addAll(columns);
        columns.forEach(c -> header.add(percentHeading(c)));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        for (CategoryLine l : categoryLines()) {
            CategoryPercents p = l.percentOfResponders();
            List<Object> row = new ArrayList<>(List.of(l.label(), l.limitedOwnReasons(), l.limitedOtherCompany(),
                    l.limitedOther(), l.limitedTotal(), l.stopped(), l.normal()));
            row.addAll(java.util.Arrays.asList(p.limitedOwnReasons(), p.limitedOtherCompany(), p.limitedOther(),
                    p.limitedTotal(), p.stopped(), p.normal()));
            rows.add(row);
        }
        return rows;
    }

    private static String percentHeading(String column) {
        return column + " 割合(%)";
    }
}
