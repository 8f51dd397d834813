package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shortagewatch.events.StatusConfirmationDue;

/**
 * What a manufacturer is told when its limited or stopped products have gone unconfirmed for too long: which ones,
 * since when, and what to do (report the change, or confirm that nothing changed), in Japanese and in English. It
 * becomes the inbox entry, the server-sent event and the e-mail to its supply-system manager.
 */
public final class ConfirmationReminder {

    public static final String TYPE = "status.confirmation-due";

    /** At most this many products are named in the text; the payload lists them all. */
    static final int NAMED = 20;

    private ConfirmationReminder() {
    }

    public static Map<String, Object> payload(StatusConfirmationDue due, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("manufacturerCode", due.manufacturerCode());
        if (due.manufacturerName() != null) {
            data.put("manufacturerName", due.manufacturerName());
        }
        data.put("remindedOn", due.remindedOn().toString());
        data.put("staleProducts", due.products().size());
        data.put("products", due.products().stream().map(p -> {
            Map<String, Object> product = new LinkedHashMap<>();
            product.put("yjCode", p.yjCode());
            if (p.productName() != null) {
                product.put("productName", p.productName());
            }
            product.put("shipmentResponse", p.shipmentResponse().name());
            product.put("shipmentResponseLabel", p.shipmentResponse().japanese());
            product.put("lastConfirmedAt", p.lastConfirmedAt().toString());
            return product;
        }).toList());
        data.put("messageJa", japanese(due));
        data.put("messageEn", english(due));
        return WebhookPayload.of(TYPE, data, now);
    }

    public static String subject(StatusConfirmationDue due) {
        return "【確認のお願い】出荷状況が長く確認されていない品目が" + due.products().size() + "品目あります / "
                + due.products().size() + " product(s) await confirmation of their supply status";
    }

    public static String bodyText(StatusConfirmationDue due) {
        return japanese(due) + "\n\n" + english(due) + "\n";
    }

    static String japanese(StatusConfirmationDue due) {
        String to = due.supplyManagerName() == null ? "" : due.supplyManagerName() + "　様\n\n";
        String list = named(due).stream().map(p -> "・" + ProductLabel.ja(p.yjCode(), p.productName(), null, null)
                + "：" + p.shipmentResponse().japanese() + "（最終確認："
                + JapaneseDates.western(p.lastConfirmedAt().atZone(QuietHours.JAPAN).toLocalDate()) + "）")
                .collect(Collectors.joining("\n"));
        String more = due.products().size() > NAMED ? "\nほか" + (due.products().size() - NAMED) + "品目" : "";
        return to + "限定出荷または供給停止のまま、出荷状況が長く確認されていない品目があります。状況が変わった品目は変更を"
                + "報告し、変わっていない品目はポータルの「自社品目」で「変更なし（現在の状況を確認）」を押してください（新しい報告には"
                + "ならず、公開中の状況も変わりません）。\n" + list + more;
    }

    static String english(StatusConfirmationDue due) {
        String list = named(due).stream().map(p -> "- " + (p.productName() == null ? "" : p.productName() + " ")
                + "[" + p.yjCode() + "]: " + StatusLabel.en(p.shipmentResponse())
                + " (last confirmed " + p.lastConfirmedAt().atZone(QuietHours.JAPAN).toLocalDate() + ")")
                .collect(Collectors.joining("\n"));
        String more = due.products().size() > NAMED ? "\nand " + (due.products().size() - NAMED) + " more" : "";
        return "These products have been limited or stopped without their status being confirmed for a long time."
                + " Report a change where there is one; where nothing changed, press \"No change (confirm the current"
                + " status)\" on the portal's My products page (no new report is made and the published status stays as it"
                + " is).\n"
                + list + more;
    }

    private static List<StatusConfirmationDue.StaleProduct> named(StatusConfirmationDue due) {
        return due.products().stream().limit(NAMED).toList();
    }
}
