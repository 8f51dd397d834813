package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.WeeklyTrend;

/**
 * Products by shipment response week by week: one line per ISO week (Monday to Sunday) from the week of {@code from}
 * to the week of {@code to}, each as of the week's Sunday.
 */
public record WeeklyView(LocalDate from, LocalDate to, List<WeekLine> weeks) {

    /** One week: its ISO label (e.g. 2023-W48), first and last day, products per response and the responders. */
    public record WeekLine(String week, LocalDate start, LocalDate end, long normal, long limitedOwnReasons,
            long limitedOtherCompany, long limitedOther, long stopped, long responded) {
    }

    static WeeklyView of(LocalDate from, LocalDate to, List<WeeklyTrend.Line> lines) {
        return new WeeklyView(from, to, lines.stream().map(l -> new WeekLine(l.week().label(), l.week().start(),
                l.week().end(), l.byResponse().get(ShipmentResponse.NORMAL),
                l.byResponse().get(ShipmentResponse.LIMITED_OWN_REASONS),
                l.byResponse().get(ShipmentResponse.LIMITED_OTHER_COMPANY),
                l.byResponse().get(ShipmentResponse.LIMITED_OTHER), l.byResponse().get(ShipmentResponse.STOPPED),
                l.responded())).toList());
    }

    /** The series as a table: a line per week, the responses in the survey's wording and order. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("週", "開始日", "終了日"));
        for (ShipmentResponse response : ShipmentResponse.values()) {
            header.add(response.japanese());
        }
        header.add("合計");
        rows.add(header);
        for (WeekLine w : weeks) {
            rows.add(List.of(w.week(), w.start(), w.end(), w.normal(), w.limitedOwnReasons(), w.limitedOtherCompany(),
                    w.limitedOther(), w.stopped(), w.responded()));
        }
        return rows;
    }
}
