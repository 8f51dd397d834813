package org.shortagewatch.allocation.domain;

/** What registering a wholesaler's name did, and what the trail records of it. */
public enum NameChange {
    /** The code was not registered: it is now, with the name. */
    REGISTERED(AuditAction.WHOLESALER_REGISTER),
    /** The code was registered under another name, which the new one replaced. */
    RENAMED(AuditAction.WHOLESALER_RENAME),
    /** The code was registered under this name already: nothing changed, nothing is recorded. */
    UNCHANGED(null);

    private final AuditAction audited;

    NameChange(AuditAction audited) {
        this.audited = audited;
    }

    /** The trail's action for it; null when nothing changed. */
    public AuditAction audited() {
        return audited;
    }
}
