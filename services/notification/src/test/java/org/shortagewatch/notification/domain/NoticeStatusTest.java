package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shortagewatch.notification.domain.NoticeStatus.Action;

class NoticeStatusTest {

    @Test
    void draftReviewApprovePublishWithdraw() {
        assertEquals(Optional.of(NoticeStatus.IN_REVIEW), NoticeStatus.DRAFT.after(Action.SUBMIT));
        assertEquals(Optional.of(NoticeStatus.APPROVED), NoticeStatus.IN_REVIEW.after(Action.APPROVE));
        assertEquals(Optional.of(NoticeStatus.PUBLISHED), NoticeStatus.APPROVED.after(Action.PUBLISH));
        assertEquals(Optional.of(NoticeStatus.WITHDRAWN), NoticeStatus.PUBLISHED.after(Action.WITHDRAW));
        assertEquals(Optional.of(NoticeStatus.DRAFT), NoticeStatus.IN_REVIEW.after(Action.SEND_BACK));
    }

    @Test
    void publishingAgainIsARepeatAndNothingSkipsReview() {
        assertEquals(Optional.of(NoticeStatus.PUBLISHED), NoticeStatus.PUBLISHED.after(Action.PUBLISH));
        assertTrue(NoticeStatus.DRAFT.after(Action.PUBLISH).isEmpty());
        assertTrue(NoticeStatus.IN_REVIEW.after(Action.PUBLISH).isEmpty());
        assertTrue(NoticeStatus.PUBLISHED.after(Action.EDIT).isEmpty());
        assertTrue(NoticeStatus.WITHDRAWN.after(Action.WITHDRAW).isEmpty());
        assertTrue(NoticeStatus.WITHDRAWN.after(Action.PUBLISH).isEmpty());
    }
}
