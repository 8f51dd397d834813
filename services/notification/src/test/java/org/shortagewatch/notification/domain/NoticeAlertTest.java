package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.CooperationRequestNotice;

class NoticeAlertTest {

    static final UUID ID = UUID.fromString("0193a5f0-0000-7000-8000-000000000001");

    static CooperationRequestNotice notice(CooperationRequestNotice.Status status, String reason) {
        return new CooperationRequestNotice(ID, status == CooperationRequestNotice.Status.PUBLISHED ? 1 : 2, status,
                LocalDate.of(2026, 12, 3), "令和8年12月3日", List.of("各都道府県衛生主管部（局）御中"), Notice.DEFAULT_ISSUER,
                "鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼", "背景", List.of("長期処方を控えること。"),
                List.of(new CooperationRequestNotice.TargetProduct("2223001B1030", "メジコン錠15mg")), "照会先",
                List.of(), Instant.parse("2026-12-03T01:00:00Z"),
                reason == null ? null : Instant.parse("2026-12-10T01:00:00Z"), reason);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> payload) {
        return (Map<String, Object>) payload.get("data");
    }

    @Test
    void aPublishedNoticeCarriesTheEventWithLinksAndASentenceInBothLanguages() {
        Map<String, Object> payload = NoticeAlert.payload(notice(CooperationRequestNotice.Status.PUBLISHED, null),
                "https://shortagewatch.example.jp/", Instant.parse("2026-12-03T01:00:01Z"));
        assertEquals("notice.published", payload.get("type"));
        assertEquals("2026-12-03T01:00:01Z", payload.get("timestamp"));
        Map<String, Object> data = data(payload);
        assertEquals(ID.toString(), data.get("noticeId"));
        assertEquals("PUBLISHED", data.get("status"));
        assertEquals("2026-12-03", data.get("issuedOn"));
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼", data.get("title"));
        assertEquals("https://shortagewatch.example.jp/api/v1/notices/" + ID, data.get("url"));
        assertEquals("https://shortagewatch.example.jp/api/v1/notices/" + ID + "/rendering?format=print",
                data.get("printUrl"));
        assertEquals("厚生労働省医政局医薬産業振興・医療情報企画課から令和8年12月3日付けで事務連絡「鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼」"
                + "が発出されました。", data.get("messageJa"));
        assertEquals("A cooperation-request notice was issued on 2026-12-03: \"鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼\".",
                data.get("messageEn"));
        assertFalse(data.containsKey("withdrawnAt"), "absent fields stay absent, as in the event");
    }

    @Test
    void aWithdrawalSaysSoWithItsReason() {
        Map<String, Object> payload = NoticeAlert.payload(notice(CooperationRequestNotice.Status.WITHDRAWN, "供給が回復したため"),
                "http://localhost:8083", Instant.parse("2026-12-10T01:00:01Z"));
        assertEquals("notice.withdrawn", payload.get("type"));
        Map<String, Object> data = data(payload);
        assertEquals("WITHDRAWN", data.get("status"));
        assertEquals("供給が回復したため", data.get("withdrawalReason"));
        assertEquals("令和8年12月3日付け事務連絡「鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼」は撤回されました（理由：供給が回復したため）。",
                data.get("messageJa"));
        assertEquals("The cooperation-request notice of 2026-12-03, \"鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼\", has been withdrawn "
                + "(reason: 供給が回復したため).", data.get("messageEn"));
    }
}
