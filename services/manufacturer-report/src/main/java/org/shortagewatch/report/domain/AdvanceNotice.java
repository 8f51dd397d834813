package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shortagewatch.events.ShipmentResponse;

/**
 * Whether a shortage was announced ahead by a supply-risk report (供給不安報告), for the regulator's review and the
 * scorecard.
 *
 * <p>An <b>onset</b> is a status change to a limited shipment or a stop from normal shipment or as a product's first
 * report (a change between kinds of shortage is none). It is <b>announced</b> when a supply-risk report for the product,
 * not withdrawn, was submitted on one of the lookback days before its effective date (that day included); its lead
 * time runs from the earliest such report to the effective date. Per maker: onsets, announced onsets, their share and
 * the median lead time.
 */
public final class AdvanceNotice {

    /**
     * A change to a shortage on a product's timeline.
     *
     * @param previous        the status before it on the timeline, null for the product's first report
     * @param riskReportDays  the days (in Japan) the product's supply-risk reports were submitted, withdrawn ones left out
     */
    public record Change(long changeId, String yjCode, String productName, String manufacturerCode,
            String manufacturerName, long revision, ShipmentResponse previous, ShipmentResponse response,
            LocalDate effectiveDate, List<LocalDate> riskReportDays) {
    }

    /** One maker's advance notice: onsets, those announced ahead, their share (null without onsets), median lead time. */
    public record Summary(int onsets, int announced, Double announcedShare, Double medianLeadTimeDays) {
    }

    private AdvanceNotice() {
    }

    /** A change to a limited shipment or a stop from normal shipment, or a product's first report of one. */
    public static boolean isOnset(ShipmentResponse previous, ShipmentResponse response) {
        return response.isShort() && (previous == null || previous == ShipmentResponse.NORMAL);
    }

    /** The earliest report day within the lookback days before {@code effective} (inclusive), or null: unannounced. */
    public static LocalDate announcedOn(List<LocalDate> reportDays, LocalDate effective, long lookbackDays) {
        LocalDate first = null;
        LocalDate earliest = effective.minusDays(lookbackDays);
        for (LocalDate day : reportDays) {
            if (!day.isAfter(effective) && !day.isBefore(earliest) && (first == null || day.isBefore(first))) {
                first = day;
            }
        }
        return first;
    }

    /** The onsets among {@code changes} that no report announced. */
    public static List<Change> unannounced(List<Change> changes, long lookbackDays) {
        return changes.stream().filter(c -> isOnset(c.previous(), c.response())
                && announcedOn(c.riskReportDays(), c.effectiveDate(), lookbackDays) == null).toList();
    }

    /** Per maker code, in code order. */
    public static Map<String, Summary> byMaker(List<Change> changes, long lookbackDays) {
        Map<String, List<Change>> onsets = new TreeMap<>();
        for (Change c : changes) {
            if (isOnset(c.previous(), c.response())) {
                onsets.computeIfAbsent(c.manufacturerCode(), code -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Summary> summaries = new TreeMap<>();
        onsets.forEach((maker, list) -> {
            List<Long> leadTimes = new ArrayList<>();
            for (Change c : list) {
                LocalDate announced = announcedOn(c.riskReportDays(), c.effectiveDate(), lookbackDays);
                if (announced != null) {
                    leadTimes.add(SupplyRiskRules.leadTimeDays(announced, c.effectiveDate()));
                }
            }
            summaries.put(maker, new Summary(list.size(), leadTimes.size(), (double) leadTimes.size() / list.size(),
                    median(leadTimes)));
        });
        return summaries;
    }

    /** The median, the mean of the middle two for an even count; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? (double) sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
