package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * Where a notice (事務連絡) stands in notification's workflow, as the regulator's pages show it: the order of the
 * list's tabs, each stage's colour (always with its words), and the steps its stage allows, which the pages offer.
 * Whether this user may take a step is the service's to say (it refuses a reviewer approving their own draft).
 */
public enum NoticeStage {
    DRAFT("#57606a"), IN_REVIEW("#9a6700"), APPROVED("#0550ae"), PUBLISHED("#1a7f37"), WITHDRAWN("#a0111f");

    /** The tabs of the regulator's list, in the workflow's order. */
    public static final List<NoticeStage> ORDER = List.of(values());

    private final String colour;

    NoticeStage(String colour) {
        this.colour = colour;
    }

    /** The stage of a status as the service names it; a draft when it names none the pages know. */
    public static NoticeStage of(String status) {
        for (NoticeStage s : values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return DRAFT;
    }

    public String colour() {
        return colour;
    }

    /** The message key of its words: {@code stageDRAFT}. */
    public String key() {
        return "stage" + name();
    }

    public boolean editable() {
        return this == DRAFT;
    }

    public boolean submittable() {
        return this == DRAFT;
    }

    /** A second regulator reviews it: approves, or sends it back with a comment. */
    public boolean reviewable() {
        return this == IN_REVIEW;
    }

    /**
     * Whether the review offers {@code user} the approval: a notice in review that they did not draft. notification
     * approves no one's own draft (four eyes) and stays the judge; this only spares its drafter a button the service
     * would refuse. Offered when either name is unknown, so that the service answers.
     */
    public boolean approvableBy(String user, String draftedBy) {
        return reviewable() && (user == null || draftedBy == null || !user.equals(draftedBy));
    }

    public boolean canSendBack() {
        return this == IN_REVIEW || this == APPROVED;
    }

    public boolean publishable() {
        return this == APPROVED;
    }

    public boolean withdrawable() {
        return this == PUBLISHED;
    }

    /** Published once: it has reached people (rates, follow-ups). */
    public boolean issued() {
        return this == PUBLISHED || this == WITHDRAWN;
    }
}
