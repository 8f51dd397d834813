package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

/**
 * A finding is told from its fields with the catalogue's names, to the facility whose own orders it is about as its
 * own, quantities in whole units of what the product is counted in.
 */
class FindingTextTest {

    static final String FACILITY = "1311234569";
    static final FindingText.Names NAMED = new FindingText.Names("メジコン錠15mg",
            "デキストロメトルファン臭化水素酸塩水和物");

    static MaldistributionFinding finding(MaldistributionRule rule, FindingStatus status, String yjCode,
            List<String> facilities, List<String> wholesalers, Map<String, Object> evidence) {
        return new MaldistributionFinding(UUID.randomUUID(), 1, rule, status, "6250701", yjCode, "13", facilities,
                wholesalers, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 1), "成分6250701の要約",
                "summary of 6250701", evidence, Instant.now(), status == FindingStatus.RESOLVED ? Instant.now() : null);
    }

    static MaldistributionFinding surge(FindingStatus status, Map<String, Object> evidence) {
        return finding(MaldistributionRule.ORDER_SURGE, status, "6250701F1022", List.of(FACILITY),
                List.of("WHS001", "WHS002"), evidence);
    }

    static final Map<String, Object> SURGE = Map.of("orderedUnits", 350, "expectedUnits", 280.0, "ratio", 1.25,
            "threshold", 1.1, "unit", "錠");

    @Test
    void theFacilityIsToldOfItsOwnOrdersDirectlyInWholeUnitsOfTheProductsUnit() {
        MaldistributionFinding f = surge(FindingStatus.OPEN, SURGE);
        assertTrue(FindingText.aboutOwnOrders(f));
        FindingText.Sentences own = FindingText.of(f, NAMED, true);
        assertEquals("貴施設のメジコン錠15mg［6250701F1022］の注文（2026年11月4日〜2026年12月1日に350錠）が、過去の購入から"
                + "見込まれる量（約280錠）の125%で、目安の110%を超えています。限定出荷中ですので、当面必要な量に限った発注にご協力"
                + "ください。", own.ja());
        assertEquals("Your orders of メジコン錠15mg [6250701F1022] (350 錠 from 2026-11-04 to 2026-12-01) are 125% of"
                + " what your past purchases lead one to expect (about 280 錠; guideline: 110%). The product is in"
                + " limited shipment: please order only what you need for now.", own.en());
        FindingText.Sentences others = FindingText.of(f, NAMED, false);
        assertEquals("医療機関1311234569のメジコン錠15mg［6250701F1022］の注文（2026年11月4日〜2026年12月1日に350錠）が、"
                + "過去の購入から見込まれる量（約280錠）の125%で、目安の110%を超えています。", others.ja());
        assertTrue(others.en().startsWith("The orders of facility 1311234569 of メジコン錠15mg"), others.en());
    }

    @Test
    void aQuantityWithoutAUnitIsInUnitsAndUnderHalfAUnitSaysSo() {
        assertTrue(FindingText.of(surge(FindingStatus.OPEN, Map.of("orderedUnits", 30, "expectedUnits", 12.4,
                "ratio", 2.42, "threshold", 1.1)), FindingText.Names.NONE, true).ja()
                .startsWith("貴施設の［6250701F1022］の注文（2026年11月4日〜2026年12月1日に30単位）が、過去の購入から見込まれる量"
                        + "（約12単位）の242%で"));
        assertTrue(FindingText.of(surge(FindingStatus.OPEN, Map.of("orderedUnits", 12, "expectedUnits", 0.4,
                "ratio", 30.0, "threshold", 1.1)), NAMED, true).ja().contains("（1単位未満）"));
    }

    @Test
    void duplicateOrderingIsToldToTheFacilityAsItsOwnWithTheRequestGuidanceMakes() {
        MaldistributionFinding f = finding(MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.OPEN, "6250701F1022",
                List.of(FACILITY), List.of("WHS001", "WHS002"), Map.of());
        assertEquals("貴施設がメジコン錠15mg［6250701F1022］を2社の卸売業者（WHS001、WHS002）に重複して発注しています"
                + "（2026年11月4日〜2026年12月1日）。限定出荷中は、同じ品目を複数の卸売業者に発注しないようお願いします。",
                FindingText.of(f, NAMED, true).ja());
        assertEquals("医療機関1311234569がメジコン錠15mg［6250701F1022］を2社の卸売業者（WHS001、WHS002）に重複して発注して"
                + "います（2026年11月4日〜2026年12月1日）。", FindingText.of(f, NAMED, false).ja());
        assertEquals("Facility 1311234569 ordered メジコン錠15mg [6250701F1022] from 2 wholesalers (WHS001, WHS002) for"
                + " 2026-11-04 to 2026-12-01.", FindingText.of(f, NAMED, false).en());
    }

    @Test
    void duplicateOrderingNamesEachWholesalerAsTheEventNamesItWithItsCodeAndAnUnnamedOneByItsCode() {
        MaldistributionFinding f = finding(MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.OPEN, "6250701F1022",
                List.of(FACILITY), List.of("WHS001", "WHS002"), Map.of())
                .namingWholesalers(Map.of("WHS001", "架空薬品販売株式会社"));
        assertEquals("貴施設がメジコン錠15mg［6250701F1022］を2社の卸売業者（架空薬品販売株式会社［WHS001］、WHS002）に重複して"
                + "発注しています（2026年11月4日〜2026年12月1日）。限定出荷中は、同じ品目を複数の卸売業者に発注しないよう"
                + "お願いします。", FindingText.of(f, NAMED, true).ja());
        assertEquals("You ordered メジコン錠15mg [6250701F1022] from 2 wholesalers (架空薬品販売株式会社 [WHS001], WHS002)"
                + " for 2026-11-04 to 2026-12-01. While it is in limited shipment, please order it from one wholesaler"
                + " only.", FindingText.of(f, NAMED, true).en());
        assertEquals("医療機関1311234569がメジコン錠15mg［6250701F1022］を2社の卸売業者（架空薬品販売株式会社［WHS001］、"
                + "WHS002）に重複して発注しています（2026年11月4日〜2026年12月1日）。", FindingText.of(f, NAMED, false).ja());
        assertEquals("Facility 1311234569 ordered メジコン錠15mg [6250701F1022] from 2 wholesalers (架空薬品販売株式会社"
                + " [WHS001], WHS002) for 2026-11-04 to 2026-12-01.", FindingText.of(f, NAMED, false).en());

        MaldistributionFinding resolved = finding(MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.RESOLVED,
                "6250701F1022", List.of(FACILITY), List.of("WHS001", "WHS002"), Map.of())
                .namingWholesalers(Map.of("WHS001", "架空薬品販売株式会社", "WHS002", "二番薬品株式会社"));
        assertTrue(FindingText.of(resolved, NAMED, false).ja().startsWith("解消しました。検出時の内容："
                + "医療機関1311234569がメジコン錠15mg［6250701F1022］を2社の卸売業者（架空薬品販売株式会社［WHS001］、"
                + "二番薬品株式会社［WHS002］）に"),
                FindingText.of(resolved, NAMED, false).ja());
    }

    @Test
    void anIngredientIsNamedAsTheCatalogueNamesItBesideItsCode() {
        MaldistributionFinding cluster = finding(MaldistributionRule.CANNOT_OBTAIN_CLUSTER, FindingStatus.OPEN, null,
                List.of(FACILITY, "1311234577", "1311234585"), List.of(),
                Map.of("facilityCount", 3, "reportCount", 4, "windowDays", 14));
        assertFalse(FindingText.aboutOwnOrders(cluster), "a cluster is about a prefecture, not one facility's orders");
        assertEquals("東京都で14日間に3施設がデキストロメトルファン臭化水素酸塩水和物［6250701］の入手困難を報告しています。",
                FindingText.of(cluster, NAMED, false).ja());
        assertEquals("3 facilities in Tokyo reported in 14 days that they cannot obtain ingredient 6250701.",
                FindingText.of(cluster, FindingText.Names.NONE, false).en());
        assertEquals("東京都で14日間に3施設が成分［6250701］の入手困難を報告しています。",
                FindingText.of(cluster, FindingText.Names.NONE, false).ja());

        MaldistributionFinding imbalance = new MaldistributionFinding(UUID.randomUUID(), 1,
                MaldistributionRule.REGIONAL_IMBALANCE, FindingStatus.OPEN, "6250701", null, "47", List.of(),
                List.of("WHS001"), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 1), "s", "s",
                Map.of("daysOfSupplyByPrefecture", Map.of("13", 75.0, "47", 3.5, "27", 20.0),
                        "lowPrefectures", List.of("47"), "highPrefectures", List.of("13"), "lowThresholdDays", 7.0,
                        "highThresholdDays", 60.0),
                Instant.now(), null);
        assertEquals("デキストロメトルファン臭化水素酸塩水和物［6250701］の在庫日数が地域で大きく偏っています：沖縄県は3.5日分"
                + "（1都道府県が7日未満）、東京都は75.0日分（1都道府県が60日超）。", FindingText.of(imbalance, NAMED, false).ja());
        assertTrue(FindingText.of(imbalance, NAMED, false).en().startsWith("Days of supply of デキストロメトルファン"
                + "臭化水素酸塩水和物 [6250701] are far apart: Okinawa holds 3.5 days"));
    }

    @Test
    void aResolvedFindingSaysSoWithoutTheRequest() {
        FindingText.Sentences resolved = FindingText.of(surge(FindingStatus.RESOLVED, SURGE), NAMED, true);
        assertTrue(resolved.ja().startsWith("解消しました。検出時の内容：貴施設のメジコン錠15mg"), resolved.ja());
        assertFalse(resolved.ja().contains("ご協力ください"), resolved.ja());
        assertTrue(resolved.en().startsWith("Resolved. As it was found: Your orders"), resolved.en());
    }

    @Test
    void evidenceThatLacksWhatTheSentenceNeedsLeavesTheFindingsOwnSummary() {
        FindingText.Sentences said = FindingText.of(surge(FindingStatus.OPEN, Map.of("ratio", 1.25)), NAMED, true);
        assertEquals("成分6250701の要約", said.ja());
        assertEquals("summary of 6250701", said.en());
    }
}
