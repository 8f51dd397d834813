package org.shortagewatch.report.domain;

/**
 * Where a supply-risk report (供給不安報告) stands: open until its maker records a limited or stopped status for the
 * product (followed) or takes it back (withdrawn); both end it.
 */
public enum RiskReportState {
    OPEN("受付中", "open"),
    FOLLOWED("状況報告済み", "followed by a status change"),
    WITHDRAWN("取下げ", "withdrawn");

    private final String japanese;
    private final String english;

    RiskReportState(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    /** Only an open report can be withdrawn or followed. */
    public boolean isOpen() {
        return this == OPEN;
    }
}
