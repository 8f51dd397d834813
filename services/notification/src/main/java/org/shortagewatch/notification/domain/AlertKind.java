package org.shortagewatch.notification.domain;

/**
 * What an alert is about; the {@code alert.kind} column holds the name, and the inbox and server-sent events show it
 * (the event name of a stream entry).
 */
public enum AlertKind {
    /** A product's shipment response changed (a supply-status event). */
    SUPPLY_STATUS,
    /** A same-ingredient product became limited or stopped: demand is expected to move to the followed product. */
    DEMAND_SHIFT,
    /** A maldistribution finding opened or resolved. */
    MALDISTRIBUTION,
    /** A wholesaler's allocation plan. */
    ALLOCATION,
    /** A cooperation-request notice (事務連絡) was published. */
    NOTICE,
    /** A published notice was withdrawn. */
    NOTICE_WITHDRAWN,
    /** A facility's daily digest e-mail. */
    DIGEST,
    /** A manufacturer has limited or stopped products whose status it has not confirmed for too long. */
    CONFIRMATION_DUE
}
