package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The regulator's national dashboard shaped for its charts: the five shipment responses week by week (one line each,
 * in ①-⑤ order with their colours) and limited shipment and supply stop by reason (⑭, stacked bars).
 */
public final class DashboardCharts {

    /** Limited shipment of any of the three kinds (②-④) in one colour, beside ⑤ in its own. */
    static final String LIMITED_COLOUR = ShipmentResponseLabel.LIMITED_OWN_REASONS.colour();

    /** One week's products per response, as of the week's last day; the week named by its first (2月9日の週). */
    public record WeekCounts(String week, long normal, long limitedOwn, long limitedOtherCompany, long limitedOther,
            long stopped) {

        /** The products of one response in this week. */
        public long of(ShipmentResponseLabel response) {
            return switch (response) {
                case NORMAL -> normal;
                case LIMITED_OWN_REASONS -> limitedOwn;
                case LIMITED_OTHER_COMPANY -> limitedOtherCompany;
                case LIMITED_OTHER -> limitedOther;
                case STOPPED -> stopped;
            };
        }
    }

    /** One reason's limited (②-④ together) and stopped products. */
    public record ReasonCounts(String label, long limited, long stopped) {
    }

    private DashboardCharts() {
    }

    /** Lines over the weeks, one per response in ①-⑤ order with the survey's colours. */
    public static String weeklyChart(List<WeekCounts> weeks, Locale locale) {
        List<ChartOptions.Series> series = new ArrayList<>();
        for (ShipmentResponseLabel r : ShipmentResponseLabel.values()) {
            series.add(new ChartOptions.Series(r.number() + " " + r.label(locale), r.colour(),
                    weeks.stream().map(w -> w.of(r)).toList()));
        }
        return ChartOptions.lines(weeks.stream().map(WeekCounts::week).toList(), series);
    }

    /** Limited shipment of the three kinds together, as the reasons' chart and table name it. */
    public static String limitedLabel(Locale locale) {
        return Languages.isEnglish(locale) ? "Limited (②-④)" : "限定出荷（②〜④）";
    }

    /** A reason's name: the service's label (its English wording on English pages), or that none was stated. */
    public static String reasonLabel(String code, String japanese, Locale locale) {
        if (code == null) {
            return Languages.isEnglish(locale) ? "No reason stated" : "理由の記載なし";
        }
        return CodeLabels.label(code, japanese, locale);
    }

    /** Stacked bars, one per reason (each named): its limited products, then its stopped ones. */
    public static String reasonChart(List<ReasonCounts> reasons, Locale locale) {
        return ChartOptions.stackedBarsEachNamed(reasons.stream().map(ReasonCounts::label).toList(), List.of(
                series(limitedLabel(locale), LIMITED_COLOUR, reasons, ReasonCounts::limited),
                series(ShipmentResponseLabel.STOPPED.number() + " " + ShipmentResponseLabel.STOPPED.label(locale),
                        ShipmentResponseLabel.STOPPED.colour(), reasons, ReasonCounts::stopped)));
    }

    private static ChartOptions.Series series(String label, String colour, List<ReasonCounts> reasons,
            ToLongFunction<ReasonCounts> value) {
        return new ChartOptions.Series(label, colour, reasons.stream().map(value::applyAsLong).toList());
    }
}
