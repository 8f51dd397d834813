package org.shortagewatch.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An inbox entry read in the page's language: its title and message, and what kind of entry it is. */
class InboxEntryTest {

    static NotificationApi.InboxEntry entry(String kind, String subject, String payload) throws JsonProcessingException {
        return new NotificationApi.InboxEntry(UUID.randomUUID(), UUID.randomUUID(), 1, kind, "MEDIUM", subject,
                "本文 / text", new ObjectMapper().readTree(payload), Instant.now(), null, null);
    }

    @Test
    void anAlertWithTitlesInEachLanguageShowsThePagesOneOnly() throws Exception {
        var finding = entry("MALDISTRIBUTION", "【偏在の兆候】… / Sign of maldistribution: …", """
                {"data":{"titleJa":"偏在の兆候","titleEn":"Sign of maldistribution","messageJa":"東京都で…",
                 "messageEn":"In Tokyo …"}}""");
        assertEquals("偏在の兆候", finding.title(false));
        assertEquals("Sign of maldistribution", finding.title(true));
        assertEquals("東京都で…", finding.text(false));
        assertEquals("In Tokyo …", finding.text(true));
        assertFalse(finding.isAllocation());
        assertTrue(entry("ALLOCATION", "s", "{\"data\":{}}").isAllocation());
    }

    @Test
    void aNoticeShowsItsTitleAndAnEntryWithoutTitlesItsSubject() throws Exception {
        var notice = entry("NOTICE", "【事務連絡】…", """
                {"data":{"noticeId":"0193a5f0","status":"PUBLISHED","title":"鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼"}}""");
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼", notice.title(true));
        assertFalse(notice.isWithdrawal());
        assertEquals("件名 / subject", entry("CONFIRMATION_DUE", "件名 / subject", "{\"data\":{}}").title(false));
    }

    @Test
    void aNoticesWithdrawalIsKnownByItsStatus() throws Exception {
        assertTrue(entry("NOTICE_WITHDRAWN", "【事務連絡の撤回】…",
                "{\"data\":{\"noticeId\":\"0193a5f0\",\"status\":\"WITHDRAWN\"}}").isWithdrawal());
        assertFalse(entry("MALDISTRIBUTION", "s", "{\"data\":{\"status\":\"WITHDRAWN\"}}").isWithdrawal());
    }

    @Test
    void aWithdrawalMarksEveryEntryOfItsNotice() throws Exception {
        var original = entry("NOTICE", "s", "{\"data\":{\"noticeId\":\"a1\",\"status\":\"PUBLISHED\"}}");
        var withdrawal = entry("NOTICE_WITHDRAWN", "s", "{\"data\":{\"noticeId\":\"a1\",\"status\":\"WITHDRAWN\"}}");
        var other = entry("NOTICE", "s", "{\"data\":{\"noticeId\":\"b2\",\"status\":\"PUBLISHED\"}}");
        assertEquals(java.util.Set.of("a1"),
                NotificationApi.InboxEntry.withdrawnNotices(java.util.List.of(original, other, withdrawal)));
        assertEquals(java.util.Set.of(), NotificationApi.InboxEntry.withdrawnNotices(java.util.List.of(original)));
    }
}
