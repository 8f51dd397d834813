package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusConfirmationDue;

class ConfirmationReminderTest {

    static StatusConfirmationDue due(int products, String manager) {
        return new StatusConfirmationDue("MFR001", "見本製薬", manager, manager == null ? null : "kanri@example.jp",
                IntStream.range(0, products).mapToObj(i -> new StatusConfirmationDue.StaleProduct(
                        String.format("2456%03dF1310", i), i == 0 ? "見本錠10mg" : null, ShipmentResponse.STOPPED,
                        Instant.parse("2026-10-31T20:00:00Z"))).toList(),
                Instant.parse("2026-12-05T00:00:00Z"), LocalDate.of(2026, 12, 5));
    }

    @Test
    void namesTheManagerAndEachProductWithItsStatusAndTheDayInJapanOfItsLastConfirmation() {
        String ja = ConfirmationReminder.japanese(due(2, "供給 太郎"));
        assertTrue(ja.startsWith("供給 太郎　様\n\n限定出荷または供給停止のまま"), ja);
        assertTrue(ja.contains("変わっていない品目はポータルの「自社品目」で「変更なし（現在の状況を確認）」を押してください"), ja);
        assertTrue(ConfirmationReminder.english(due(1, null)).contains("press \"No change (confirm the current status)\" on"
                + " the portal's My products page"), "the portal's button, by its name");
        assertTrue(ja.endsWith("・見本錠10mg［2456000F1310］：供給停止（最終確認：2026年11月1日）\n"
                + "・［2456001F1310］：供給停止（最終確認：2026年11月1日）"), ja);
        assertTrue(ConfirmationReminder.english(due(1, null)).endsWith(
                "- 見本錠10mg [2456000F1310]: Supply stopped (last confirmed 2026-11-01)"));
        assertEquals("【確認のお願い】出荷状況が長く確認されていない品目が2品目あります / 2 product(s) await"
                + " confirmation of their supply status", ConfirmationReminder.subject(due(2, null)));
    }

    @Test
    void theTextNamesTwentyProductsAndCountsTheRestWhileThePayloadListsThemAll() {
        StatusConfirmationDue many = due(25, null);
        assertTrue(ConfirmationReminder.japanese(many).endsWith("\nほか5品目"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ConfirmationReminder.payload(many, Instant.now()).get("data");
        assertEquals(25, ((List<?>) data.get("products")).size());
        assertEquals(25, data.get("staleProducts"));
    }
}
