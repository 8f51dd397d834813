package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each stage offers the steps notification's workflow allows from it, in the workflow's order, with its words. */
class NoticeStageTest {

    @Test
    void eachStageOffersItsSteps() {
        assertTrue(NoticeStage.DRAFT.editable() && NoticeStage.DRAFT.submittable());
        assertFalse(NoticeStage.DRAFT.canSendBack() || NoticeStage.DRAFT.publishable() || NoticeStage.DRAFT.issued());
        assertTrue(NoticeStage.IN_REVIEW.reviewable() && NoticeStage.IN_REVIEW.canSendBack());
        assertFalse(NoticeStage.IN_REVIEW.editable() || NoticeStage.IN_REVIEW.publishable());
        assertTrue(NoticeStage.APPROVED.publishable() && NoticeStage.APPROVED.canSendBack());
        assertFalse(NoticeStage.APPROVED.reviewable());
        assertTrue(NoticeStage.PUBLISHED.withdrawable() && NoticeStage.PUBLISHED.issued());
        assertTrue(NoticeStage.WITHDRAWN.issued());
        assertFalse(NoticeStage.WITHDRAWN.withdrawable() || NoticeStage.WITHDRAWN.editable());
    }

    @Test
    void theReviewOffersTheApprovalToAnyoneButTheDrafter() {
        assertTrue(NoticeStage.IN_REVIEW.approvableBy("regulator2", "regulator"));
        assertFalse(NoticeStage.IN_REVIEW.approvableBy("regulator", "regulator"), "four eyes: not to its drafter");
        assertTrue(NoticeStage.IN_REVIEW.approvableBy("regulator", null), "drafter unknown: the service judges");
        assertTrue(NoticeStage.IN_REVIEW.approvableBy(null, "regulator"), "user unknown: the service judges");
        assertFalse(NoticeStage.APPROVED.approvableBy("regulator2", "regulator"), "approved already");
        assertFalse(NoticeStage.DRAFT.approvableBy("regulator2", "regulator"));
    }

    @Test
    void aStatusNamesItsStageAndUnknownOnesReadAsDrafts() {
        assertEquals(NoticeStage.IN_REVIEW, NoticeStage.of("IN_REVIEW"));
        assertEquals(NoticeStage.DRAFT, NoticeStage.of(null));
        assertEquals(NoticeStage.DRAFT, NoticeStage.of("ARCHIVED"));
        assertEquals("stagePUBLISHED", NoticeStage.PUBLISHED.key());
        assertEquals(NoticeStage.DRAFT, NoticeStage.ORDER.get(0));
        assertEquals(NoticeStage.WITHDRAWN, NoticeStage.ORDER.get(4));
    }
}
