package org.shortagewatch.report.rest;

import java.util.List;

/** A product's current status and every change before it, newest first. */
public record ProductStatusView(String yjCode, StatusChangeView current, List<StatusChangeView> history) {
}
