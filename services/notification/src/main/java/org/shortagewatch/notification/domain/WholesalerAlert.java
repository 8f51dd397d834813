package org.shortagewatch.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;

/**
 * What an alert about wholesaler-allocation's findings (偏在の兆候) and allocation plans (出荷調整の割当) says. As
 * every alert: the e-mail's subject and text in Japanese, then English; in the payload's {@code data}, a title and one
 * plain message in each language ({@code titleJa}, {@code titleEn}, {@code messageJa}, {@code messageEn}), so an
 * inbox or a page shows the reader's language alone. Dates are written as Japanese readers write them
 * (2026年12月7日) in Japanese, ISO in English.
 */
public final class WholesalerAlert {

    /** Where the plan's quotas are read: the portal's pages of each reader, by the names in its menu. */
    static final String WHERE_JA = "各施設の割当数量は、ポータルの「割当・入手困難」（薬局・病院）または「割当計画」（卸売業者）で"
            + "ご確認ください。";
    static final String WHERE_EN = "each facility's quota is on the portal's Quotas · cannot obtain page (pharmacies and"
            + " hospitals) or Allocation plans page (wholesalers).";

    /** The words of one alert: e-mail subject and text, and the Standard Webhooks payload. */
    public record Words(String subject, String text, Map<String, Object> payload) {
    }

    private WholesalerAlert() {
    }

    /**
     * A finding opened or resolved; {@code data} is the finding as the event carries it, with the four texts, which
     * {@link FindingText} composes for the reader: the facility whose own orders it is about, or anyone else.
     */
    @SuppressWarnings("unchecked")
    public static Words finding(MaldistributionFinding f, FindingText.Names names, boolean toFacility, Instant now) {
        boolean open = f.status() == FindingStatus.OPEN;
        String titleJa = open ? "偏在の兆候" : "偏在の兆候（解消）";
        String titleEn = open ? "Sign of maldistribution" : "Maldistribution resolved";
        FindingText.Sentences said = FindingText.of(f, names, toFacility);
        Map<String, Object> data = EventJson.read(EventJson.write(f), LinkedHashMap.class);
        texts(data, titleJa, titleEn, said.ja(), said.en());
        return new Words("【" + titleJa + "】" + said.ja() + " / " + titleEn + ": " + said.en(),
                said.ja() + "\n\n" + said.en() + "\n",
                WebhookPayload.of(open ? "maldistribution.finding.opened" : "maldistribution.finding.resolved", data,
                        now));
    }

    /**
     * The cause id of a finding's alert to the facility whose own orders it is about, which is told it in words of
     * its own: a name-based UUID of the event's id, never the event's own (the alert to the others has that one),
     * so a replayed event finds it written already.
     */
    public static UUID toFacilityCause(UUID event) {
        return UUID.nameUUIDFromBytes(("finding-to-facility/" + event).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A wholesaler's plan for one product and period; {@code data} is the plan's summary (no facility's line: each
     * facility's own line travels in its ledger row), with the four texts. The message goes to the facilities of the
     * plan and to the wholesaler alike, so it names the wholesaler (in the e-mail's subject too, for a pharmacy that
     * buys from several) and points to the quota, not "your" quota. The product is named by its name where the
     * catalogue has it, with its code ({@link ProductLabel}); the wholesaler by the name the plan carries from
     * allocation's registry, with its code, or by its code alone ({@link WholesalerLabel}); {@code data} carries that
     * name beside the code ({@code wholesalerName}) when there is one.
     *
     * @param productName the product's name, or null where the catalogue has none
     */
    public static Words plan(AllocationPlanPublished plan, String productName, Instant now) {
        String periodJa = JapaneseDates.western(plan.periodStart()) + "〜" + JapaneseDates.western(plan.periodEnd());
        String periodEn = plan.periodStart() + " to " + plan.periodEnd();
        String productJa = ProductLabel.ja(plan.yjCode(), productName, null, null);
        String productEn = ProductLabel.en(plan.yjCode(), productName, null, null);
        String titleJa = "出荷調整の割当：" + productJa;
        String titleEn = "Allocation of " + productEn;
        String messageJa = WholesalerLabel.titledJa(plan.wholesalerCode(), plan.wholesalerName()) + "が" + productJa
                + "の" + periodJa + "の割当を決めました。" + WHERE_JA;
        String messageEn = WholesalerLabel.titledEn(plan.wholesalerCode(), plan.wholesalerName()) + " allocated "
                + productEn + " for " + periodEn + "; " + WHERE_EN;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", plan.planId());
        data.put("yjCode", plan.yjCode());
        data.put("wholesalerCode", plan.wholesalerCode());
        if (plan.wholesalerName() != null) {
            data.put("wholesalerName", plan.wholesalerName());
        }
        data.put("revision", plan.revision());
        data.put("periodStart", plan.periodStart());
        data.put("periodEnd", plan.periodEnd());
        data.put("policy", plan.policy());
        texts(data, titleJa, titleEn, messageJa, messageEn);
        String byJa = WholesalerLabel.titledJa(plan.wholesalerCode(), plan.wholesalerName());
        String byEn = WholesalerLabel.en(plan.wholesalerCode(), plan.wholesalerName());
        return new Words("【出荷調整】" + productJa + "の割当（" + periodJa + "、" + byJa + "） / " + titleEn + " by " + byEn,
                messageJa + "\n\n" + messageEn + "\n",
                WebhookPayload.of("allocation.plan", data, now));
    }

    private static void texts(Map<String, Object> data, String titleJa, String titleEn, String messageJa,
            String messageEn) {
        data.put("titleJa", titleJa);
        data.put("titleEn", titleEn);
        data.put("messageJa", messageJa);
        data.put("messageEn", messageEn);
    }
}
