package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.report.persistence.StatusChange;

/**
 * A product's status on a day and its history: {@code current} is the change in effect on {@code asOf} (absent
 * when none was), {@code upcoming} the changes announced for later days, {@code history} every change in effect on
 * or before {@code asOf}, latest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductStatusView(String yjCode, LocalDate asOf, StatusChangeView current,
        List<StatusChangeView> upcoming, List<StatusChangeView> history) {

    /** @param timeline the product's changes, latest effective date first */
    static ProductStatusView of(String yjCode, LocalDate asOf, List<StatusChange> timeline) {
        List<StatusChangeView> upcoming = new ArrayList<>(timeline.stream()
                .filter(c -> c.report.effectiveDate().isAfter(asOf)).map(StatusChangeView::of).toList());
        Collections.reverse(upcoming); // the next one first
        List<StatusChangeView> history = timeline.stream().filter(c -> !c.report.effectiveDate().isAfter(asOf))
                .map(StatusChangeView::of).toList();
        return new ProductStatusView(yjCode, asOf, history.isEmpty() ? null : history.get(0), upcoming, history);
    }
}
