package org.shortagewatch.notification.notice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every rendering of a notice has every part of the 事務連絡 structure, in the traditional order. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NoticeRenderingTest {

    @Inject
    NoticeRenderer renderer;

    static final Notice NOTICE = new Notice(UUID.randomUUID(), NoticeStatus.PUBLISHED, LocalDate.of(2023, 9, 29),
            List.of("各都道府県衛生主管部（局）御中", "公益社団法人日本医師会 御中"), Notice.DEFAULT_ISSUER,
            "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼",
            "鎮咳薬及び去痰薬は需要が増加し、出荷量は前年同期の約1.2倍です。\n一方で、限定出荷が続いています。",
            List.of("初診時からの長期処方を控えること。", "処方日数を必要最小限とすること。"),
            List.of(new Notice.TargetProduct("2229001F1010", "メジコン錠15mg"), new Notice.TargetProduct("2233002F1014", null)),
            "医政局医薬産業振興・医療情報企画課 電話 03-5253-1111",
            List.of(new Notice.FollowUp(UUID.randomUUID(), LocalDate.of(2023, 8, 1), "鎮咳薬等の供給について")));

    /** The parts, in order; each must be found after the one before. */
    static final List<String> PARTS = List.of("事", "令和5年9月29日", "各都道府県衛生主管部（局）御中", "公益社団法人日本医師会 御中",
            "厚生労働省医政局医薬産業振興・医療情報企画課", "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼",
            "出荷量は前年同期の約1.2倍です", "記", "初診時からの長期処方を控えること。", "処方日数を必要最小限とすること。",
            "メジコン錠15mg（YJコード 2229001F1010）", "YJコード 2233002F1014",
            "医政局医薬産業振興・医療情報企画課 電話 03-5253-1111", "令和5年8月1日付け事務連絡「鎮咳薬等の供給について」", "以上");

    static void inOrder(String rendered) {
        int at = 0;
        for (String part : PARTS) {
            int found = rendered.indexOf(part, at);
            assertTrue(found >= 0, "missing or out of order: " + part + "\n" + rendered);
            at = found + part.length();
        }
    }

    @Test
    void plainText() {
        String text = renderer.render(NOTICE, NoticeRenderer.Format.TEXT);
        inOrder(text);
        assertTrue(text.contains("1．初診時からの長期処方を控えること。\n2．処方日数を必要最小限とすること。"), text);
        assertTrue(text.contains("以上\n\n――――――――――――\n受領確認のお願い：Shortage Watch のポータルでこの事務連絡を開き、"
                + "「内容を確認しました」を押してください。"), "the e-mail asks for the acknowledgement after the notice");
        assertTrue(text.contains("press \"Acknowledge\" (marking it read does not tell the ministry)"), text);
    }

    @Test
    void htmlEmail() {
        String html = renderer.render(NOTICE, NoticeRenderer.Format.HTML);
        inOrder(html);
        assertTrue(html.contains("<ol class=\"requests\">"));
        assertTrue(html.indexOf("受領確認のお願い") > html.indexOf("以上"), "the acknowledgement asked for after the notice");
    }

    @Test
    void onlyTheEmailsAskForTheAcknowledgementNotThePrintedNotice() {
        assertFalse(renderer.render(NOTICE, NoticeRenderer.Format.PRINT).contains("受領確認のお願い"));
    }

    @Test
    void printablePageInTheTraditionalLayout() {
        String print = renderer.render(NOTICE, NoticeRenderer.Format.PRINT);
        inOrder(print);
        assertTrue(print.contains("@page { size: A4 portrait"));
        // 事務連絡 at the top right, above the date, as MHLW prints it and the portal's published page shows it
        assertTrue(print.contains("<p class=\"label\">事　務　連　絡</p>\n<p class=\"date\">"), print);
        assertTrue(print.contains(".label { text-align: right;"), print);
        assertTrue(print.contains("<p class=\"ki\">記</p>"));
        assertTrue(print.contains("<p class=\"end\">以上</p>"));
    }
}
