package org.shortagewatch.portal.domain;

/**
 * A service's audit-trail check (its {@code /api/v1/audit/verification}) as an operator reads it: verified up to the
 * last row checked, broken at a row, or nothing to check yet; with the message key of what that means and what to do,
 * and the page's class for it (never by colour alone: the words go with it).
 *
 * @param intact whether every row's hash and link hold
 * @param rowsChecked the rows checked (all linked rows)
 * @param firstBrokenId the id of the first row whose hash or link is wrong; null when intact
 * @param reason what is wrong with that row, as the service says it
 * @param rowsPending rows written but not linked into the chain yet
 */
public record AuditVerdict(boolean intact, long rowsChecked, Long firstBrokenId, String reason, long rowsPending) {

    /** What the check found. */
    public enum State {
        /** Every row's hash and link hold. */
        VERIFIED,
        /** No row linked yet: nothing to check. */
        EMPTY,
        /** A row's hash or link is wrong. */
        BROKEN
    }

    public State state() {
        if (!intact || firstBrokenId != null) {
            return State.BROKEN;
        }
        return rowsChecked == 0 ? State.EMPTY : State.VERIFIED;
    }

    public boolean verified() {
        return state() == State.VERIFIED;
    }

    public boolean broken() {
        return state() == State.BROKEN;
    }

    /** The message key of what the verdict means and what to do about it ({@code verdictVERIFIEDmeans}). */
    public String meaningKey() {
        return "verdict" + state().name() + "means";
    }

    /** The page's class for the verdict: {@code ok} when verified or empty, {@code warning} when broken. */
    public String cssClass() {
        return broken() ? "warning" : "ok";
    }

    /** Whether rows wait to be linked (the service links them within a second; checking again shows them). */
    public boolean pending() {
        return rowsPending > 0;
    }
}
