package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

/** An alert about a finding or a plan says it in each language apart for pages, and in both for e-mail. */
class WholesalerAlertTest {

    static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    static MaldistributionFinding finding(FindingStatus status) {
        return new MaldistributionFinding(UUID.randomUUID(), 1, MaldistributionRule.CANNOT_OBTAIN_CLUSTER, status,
                "6250701", null, "13", List.of("1311234569"), List.of(), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 6), "東京都で14日間に3施設が成分6250701の入手困難を報告しています。",
                "3 facilities in Tokyo reported in 14 days that they cannot obtain ingredient 6250701.",
                Map.of("facilityCount", 3, "windowDays", 14), NOW,
                status == FindingStatus.RESOLVED ? NOW : null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(WholesalerAlert.Words words) {
        return (Map<String, Object>) words.payload().get("data");
    }

    private static Map<String, Object> fields(Map<String, Object> data, String... keys) {
        Map<String, Object> picked = new HashMap<>();
        for (String key : keys) {
            picked.put(key, data.get(key));
        }
        return picked;
    }

    @Test
    void aFindingHasATitleAndAMessageInEachLanguageAndTheEventBeside() {
        FindingText.Names names = new FindingText.Names(null, "デキストロメトルファン臭化水素酸塩水和物");
        WholesalerAlert.Words opened = WholesalerAlert.finding(finding(FindingStatus.OPEN), names, false, NOW);
        assertEquals("maldistribution.finding.opened", opened.payload().get("type"));
        Map<String, Object> data = data(opened);
        assertEquals(Map.of("titleJa", "偏在の兆候", "titleEn", "Sign of maldistribution",
                "messageJa", "東京都で14日間に3施設がデキストロメトルファン臭化水素酸塩水和物［6250701］の入手困難を報告しています。",
                "messageEn", "3 facilities in Tokyo reported in 14 days that they cannot obtain デキストロメトルファン臭化水素酸塩"
                        + "水和物 [6250701].",
                "ingredientKey", "6250701", "rule", "CANNOT_OBTAIN_CLUSTER",
                "summaryJa", "東京都で14日間に3施設が成分6250701の入手困難を報告しています。"),
                fields(data, "titleJa", "titleEn", "messageJa", "messageEn", "ingredientKey", "rule", "summaryJa"),
                "the alert's own sentences, allocation's summary beside");
        assertEquals("【偏在の兆候】東京都で14日間に3施設がデキストロメトルファン臭化水素酸塩水和物［6250701］の入手困難を報告して"
                + "います。 / Sign of maldistribution: 3 facilities in Tokyo reported in 14 days that they cannot obtain"
                + " デキストロメトルファン臭化水素酸塩水和物 [6250701].", opened.subject());

        WholesalerAlert.Words resolved = WholesalerAlert.finding(finding(FindingStatus.RESOLVED), names, false, NOW);
        assertEquals("maldistribution.finding.resolved", resolved.payload().get("type"));
        assertEquals("偏在の兆候（解消）", data(resolved).get("titleJa"));
        UUID event = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals(WholesalerAlert.toFacilityCause(event), WholesalerAlert.toFacilityCause(UUID.fromString(
                event.toString())), "the same for the event delivered again");
        assertFalse(event.equals(WholesalerAlert.toFacilityCause(event)), "never the event's own");
    }

    @Test
    void aPlanNamesItsProductWholesalerAndPeriodInJapaneseDatesAndCarriesNoFacilitysLine() {
        AllocationPlanPublished plan = new AllocationPlanPublished(UUID.randomUUID(), "6250701F1022", "WHS001", 2,
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 5), 1000, "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR",
                null, null, "SUPPLY_STATUS_CHANGED",
                List.of(new AllocationPlanPublished.Line("1311234569", "13", 600, 100, 600, false)), NOW);
        WholesalerAlert.Words words = WholesalerAlert.plan(plan, "リグレビル錠10mg", NOW);
        Map<String, Object> data = data(words);
        assertEquals("出荷調整の割当：リグレビル錠10mg［6250701F1022］", data.get("titleJa"));
        assertEquals("卸売業者WHS001がリグレビル錠10mg［6250701F1022］の2026年12月7日〜2027年1月5日の割当を決めました。"
                + "各施設の割当数量は、ポータルの「割当・入手困難」（薬局・病院）または「割当計画」（卸売業者）でご確認ください。",
                data.get("messageJa"));
        assertEquals("Wholesaler WHS001 allocated リグレビル錠10mg [6250701F1022] for 2026-12-07 to 2027-01-05; each"
                + " facility's quota is on the portal's Quotas · cannot obtain page (pharmacies and hospitals) or Allocation"
                + " plans page (wholesalers).", data.get("messageEn"));
        assertEquals("【出荷調整】リグレビル錠10mg［6250701F1022］の割当（2026年12月7日〜2027年1月5日、卸売業者WHS001） /"
                + " Allocation of リグレビル錠10mg [6250701F1022] by WHS001", words.subject());
        // a product the catalogue does not name is named by its code
        assertEquals("卸売業者WHS001が［6250701F1022］の2026年12月7日〜2027年1月5日の割当を決めました。"
                + WholesalerAlert.WHERE_JA, data(WholesalerAlert.plan(plan, null, NOW)).get("messageJa"));
        assertFalse(words.payload().toString().contains("1311234569"), "no facility's line in the shared alert");
    }

    @Test
    void aPlanNamesItsWholesalerAsTheRegistryDoesWithItsCodeInEveryTextAndBesideTheCodeInTheData() {
        AllocationPlanPublished plan = new AllocationPlanPublished(UUID.randomUUID(), "6250701F1022", "WHS001", 2,
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 5), 1000,
                "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", null, null, "SUPPLY_STATUS_CHANGED", List.of(), NOW)
                .namingWholesaler("架空薬品販売株式会社");
        WholesalerAlert.Words words = WholesalerAlert.plan(plan, "リグレビル錠10mg", NOW);
        Map<String, Object> data = data(words);
        String ja = "卸売業者 架空薬品販売株式会社［WHS001］がリグレビル錠10mg［6250701F1022］の2026年12月7日〜2027年1月5日の"
                + "割当を決めました。各施設の割当数量は、ポータルの「割当・入手困難」（薬局・病院）または「割当計画」（卸売業者）で"
                + "ご確認ください。";
        String en = "Wholesaler 架空薬品販売株式会社 [WHS001] allocated リグレビル錠10mg [6250701F1022] for 2026-12-07 to"
                + " 2027-01-05; each facility's quota is on the portal's Quotas · cannot obtain page (pharmacies and"
                + " hospitals) or Allocation plans page (wholesalers).";
        assertEquals(ja, data.get("messageJa"), "the inbox's and the stream's words");
        assertEquals(en, data.get("messageEn"));
        assertEquals(ja + "\n\n" + en + "\n", words.text(), "the e-mail's");
        assertEquals("【出荷調整】リグレビル錠10mg［6250701F1022］の割当（2026年12月7日〜2027年1月5日、卸売業者 架空薬品販売株式会社"
                + "［WHS001］） / Allocation of リグレビル錠10mg [6250701F1022] by 架空薬品販売株式会社 [WHS001]",
                words.subject());
        List<String> keys = List.copyOf(data.keySet());
        assertEquals("架空薬品販売株式会社", data.get("wholesalerName"));
        assertEquals(keys.indexOf("wholesalerCode") + 1, keys.indexOf("wholesalerName"), "the name beside the code");
        assertTrue(EventJson.write(words.payload()).contains("\"wholesalerCode\":\"WHS001\","
                + "\"wholesalerName\":\"架空薬品販売株式会社\""), "in the webhook's JSON too");

        WholesalerAlert.Words unnamed = WholesalerAlert.plan(plan.namingWholesaler(null), "リグレビル錠10mg", NOW);
        assertFalse(data(unnamed).containsKey("wholesalerName"), "no name for a wholesaler nobody registered");
        assertTrue(unnamed.text().startsWith("卸売業者WHS001がリグレビル錠10mg"), unnamed.text());
        assertTrue(unnamed.subject().endsWith(" by WHS001"), unnamed.subject());
    }

    @Test
    void aFindingNamesItsWholesalersInEveryTextAndCarriesTheirNamesBesideTheirCodes() {
        MaldistributionFinding duplicate = new MaldistributionFinding(UUID.randomUUID(), 1,
                MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.OPEN, "6250701", "6250701F1022", "13",
                List.of("1311234569"), List.of("WHS001", "WHS002"), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 6), "重複発注", "Duplicate ordering", Map.of(), NOW, null)
                .namingWholesalers(Map.of("WHS001", "架空薬品販売株式会社"));
        WholesalerAlert.Words words = WholesalerAlert.finding(duplicate,
                new FindingText.Names("リグレビル錠10mg", null), false, NOW);
        String ja = "医療機関1311234569がリグレビル錠10mg［6250701F1022］を2社の卸売業者（架空薬品販売株式会社［WHS001］、WHS002）"
                + "に重複して発注しています（2026年11月23日〜2026年12月6日）。";
        String en = "Facility 1311234569 ordered リグレビル錠10mg [6250701F1022] from 2 wholesalers (架空薬品販売株式会社"
                + " [WHS001], WHS002) for 2026-11-23 to 2026-12-06.";
        assertEquals(Map.of("messageJa", ja, "messageEn", en, "wholesalerCodes", List.of("WHS001", "WHS002"),
                "wholesalerNames", Map.of("WHS001", "架空薬品販売株式会社")),
                fields(data(words), "messageJa", "messageEn", "wholesalerCodes", "wholesalerNames"));
        assertEquals("【偏在の兆候】" + ja + " / Sign of maldistribution: " + en, words.subject());
        assertEquals(ja + "\n\n" + en + "\n", words.text());
    }
}
