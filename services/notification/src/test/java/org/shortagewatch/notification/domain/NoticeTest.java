package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A follow-up (続報) is titled by the notice it follows, marked once and numbered from the second on. */
class NoticeTest {

    @Test
    void aFollowUpOfAFollowUpIsNumberedNotMarkedTwice() {
        String first = Notice.followUpTitle("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼");
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼（続報）", first);
        String second = Notice.followUpTitle(first);
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼（続報２）", second);
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼（続報３）", Notice.followUpTitle(second));
        assertEquals("協力依頼（続報１０）", Notice.followUpTitle("協力依頼（続報９）"));
    }

    @Test
    void theStagesAreNamedAsTheRegulatorsPagesNameThem() {
        assertEquals("発出済み", NoticeStatus.PUBLISHED.japanese());
        assertEquals("撤回済み", NoticeStatus.WITHDRAWN.japanese());
    }
}
