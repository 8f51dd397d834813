package org.shortagewatch.common.audit;

/** What common records in every service's audit trail, as the trail's {@code action} column spells it. */
public enum CommonAuditAction implements AuditedAction {
    /** A request whose credentials were refused. */
    AUTHENTICATION("authentication"),
    /** A request its caller was not allowed to make. */
    AUTHORIZATION("authorization"),
    /** A write refused because its organisation, caller or address is over the rate limit (429). */
    RATE_LIMIT("rate-limit"),
    /** An API key issued to an organisation. */
    API_KEY_CREATE("api-key.create"),
    /** An API key revoked. */
    API_KEY_REVOKE("api-key.revoke"),
    /** Dead-lettered records sent to their topic again. */
    DEAD_LETTERS_REDRIVE("dead-letters.redrive");

    private final String value;

    CommonAuditAction(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
