package org.shortagewatch.notification.domain;

import org.shortagewatch.common.audit.AuditedAction;

/** What this service records in the audit trail, as the trail's {@code action} column spells it. */
public enum AuditAction implements AuditedAction {
    /** A notice (事務連絡) drafted. */
    NOTICE_DRAFT("notice.draft"),
    /** A draft's text or addressees changed. */
    NOTICE_EDIT("notice.edit"),
    /** A draft sent for review. */
    NOTICE_SUBMIT("notice.submit"),
    /** A notice in review approved. */
    NOTICE_APPROVE("notice.approve"),
    /** A notice in review sent back to its drafter. */
    NOTICE_SEND_BACK("notice.send-back"),
    /** An approved notice published to its addressees. */
    NOTICE_PUBLISH("notice.publish"),
    /** A published notice withdrawn, with its reason. */
    NOTICE_WITHDRAW("notice.withdraw"),
    /** A follow-up (続報) drafted from an issued notice. */
    NOTICE_FOLLOW_UP("notice.follow-up"),
    /** A notice acknowledged by an organisation it reached. */
    NOTICE_ACKNOWLEDGE("notice.acknowledge"),
    /** An inbox message marked read. */
    INBOX_READ("inbox.read"),
    /** An inbox message read and acknowledged. */
    INBOX_ACKNOWLEDGE("inbox.acknowledge"),
    /** A facility registered or changed. */
    FACILITY_PUT("facility.put"),
    /** Facilities registered from a file. */
    FACILITY_BULK("facility.bulk"),
    /** A facility's formulary file subscribed. */
    SUBSCRIPTION_FORMULARY("subscription.formulary"),
    /** A subscription created. */
    SUBSCRIPTION_CREATE("subscription.create"),
    /** A webhook subscription's signing secret replaced. */
    SUBSCRIPTION_ROTATE_SECRET("subscription.rotate-secret"),
    /** A subscription's demand-shift alerts turned on or off. */
    SUBSCRIPTION_DEMAND_SHIFT_ALERTS("subscription.demand-shift-alerts"),
    /** A subscription paused. */
    SUBSCRIPTION_PAUSE("subscription.pause"),
    /** A paused subscription resumed. */
    SUBSCRIPTION_RESUME("subscription.resume"),
    /** A subscription removed. */
    SUBSCRIPTION_DELETE("subscription.delete");

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
