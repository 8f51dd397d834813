package org.shortagewatch.notification.domain;

import java.util.Optional;

/**
 * The life of a cooperation-request notice (事務連絡): drafted, submitted for review, approved by a second person,
 * published, and possibly withdrawn. A follow-up (続報) is a new notice that links the one it follows.
 */
public enum NoticeStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, WITHDRAWN;

    public enum Action { EDIT, SUBMIT, APPROVE, SEND_BACK, PUBLISH, WITHDRAW }

    /** The stage as the regulator's pages name it (下書き, 審査中, 承認済み, 発出済み, 撤回済み). */
    public String japanese() {
        return switch (this) {
            case DRAFT -> "下書き";
            case IN_REVIEW -> "審査中";
            case APPROVED -> "承認済み";
            case PUBLISHED -> "発出済み";
            case WITHDRAWN -> "撤回済み";
        };
    }

    /** Whether a notice of this status is anyone's to read: published, or withdrawn after publication. */
    public boolean isPublic() {
        return this == PUBLISHED || this == WITHDRAWN;
    }

    /**
     * The status after an action, or empty when the action is not allowed now. Publishing a published notice stays
     * published (a repeat, which notifies nobody again).
     */
    public Optional<NoticeStatus> after(Action action) {
        return Optional.ofNullable(switch (action) {
            case EDIT -> this == DRAFT ? DRAFT : null;
            case SUBMIT -> this == DRAFT ? IN_REVIEW : null;
            case APPROVE -> this == IN_REVIEW ? APPROVED : null;
            case SEND_BACK -> this == IN_REVIEW || this == APPROVED ? DRAFT : null;
            case PUBLISH -> this == APPROVED || this == PUBLISHED ? PUBLISHED : null;
            case WITHDRAW -> this == PUBLISHED ? WITHDRAWN : null;
        });
    }
}
