package org.shortagewatch.report.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.ReasonBreakdown;
import org.shortagewatch.report.domain.SurveyPercent;

/**
 * Products in limited shipment (all three kinds together) and in supply stop on a day, by reason (⑭): every reason
 * with its national-list code, and each count as a percentage of the limited, or of the stopped, products.
 */
public record ReasonsView(LocalDate asOf, List<ReasonLine> byReason, ReasonLine total) {

    /** One reason's line; {@code reason} and {@code code} absent on the total line and for products stating none. */
    public record ReasonLine(ShortageReason reason, Integer code, String label, long limited, long stopped,
            BigDecimal percentOfLimited, BigDecimal percentOfStopped) {
    }

    static ReasonsView of(LocalDate day, ReasonBreakdown.Table table) {
        ReasonBreakdown.Line total = table.total();
        List<ReasonLine> lines = table.byReason().stream()
                .map(l -> line(l, l.reason() == null ? "理由の記載なし" : l.reason().japanese(), total)).toList();
        return new ReasonsView(day, lines, line(total, "合計", total));
    }

    private static ReasonLine line(ReasonBreakdown.Line l, String label, ReasonBreakdown.Line total) {
        return new ReasonLine(l.reason(), l.reason() == null ? null : l.reason().code(), label, l.limited(),
                l.stopped(), SurveyPercent.of(l.limited(), total.limited()),
                SurveyPercent.of(l.stopped(), total.stopped()));
    }

    /** The table as the survey words it: a line per reason (its code and wording), the total last. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("限定出荷等の理由", "限定出荷", "供給停止", "限定出荷 割合(%)", "供給停止 割合(%)"));
        List<ReasonLine> lines = new ArrayList<>(byReason);
        lines.add(total);
        for (ReasonLine l : lines) {
            rows.add(Arrays.asList(l.code() == null ? l.label() : l.code() + "．" + l.label(), l.limited(),
                    l.stopped(), l.percentOfLimited(), l.percentOfStopped()));
        }
        return rows;
    }
}
