package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The notice form's lists are one item a line; target products a YJ code and a name; a new draft's usual values. */
class NoticeFormTest {

    @Test
    void listsAreTheNonBlankLinesStripped() {
        NoticeForm f = new NoticeForm(" 各都道府県衛生主管部（局）御中\n\n公益社団法人日本薬剤師会 御中 ", "whs001\r\n", null, null, "件名",
                "背景", "長期処方を控えること。\n  \n近隣の薬局と連携すること。", "", "", "");
        assertEquals(List.of("各都道府県衛生主管部（局）御中", "公益社団法人日本薬剤師会 御中"), f.addresseeList());
        assertEquals(List.of("WHS001"), f.organisationList());
        assertEquals(List.of("長期処方を控えること。", "近隣の薬局と連携すること。"), f.requestList());
        assertEquals(List.of(), f.followsUpList());
        assertEquals(List.of(), f.kinds());
    }

    @Test
    void aTargetProductIsItsYjCodeThenItsName() {
        NoticeForm f = new NoticeForm("", "", List.of(), "", "", "", "",
                "2223001f1050 メジコン錠15mg\n2223001F1069\n2223001F1077、アストミン錠10mg", "", "");
        assertEquals(List.of(new NoticeForm.Target("2223001F1050", "メジコン錠15mg"),
                new NoticeForm.Target("2223001F1069", null), new NoticeForm.Target("2223001F1077", "アストミン錠10mg")),
                f.targetList());
        NoticeForm wide = new NoticeForm("", "", List.of(), "", "", "", "", "２２２３００１Ｆ１０５０　メジコン錠15mg", "", "");
        assertEquals(List.of(new NoticeForm.Target("2223001F1050", "メジコン錠15mg")), wide.targetList(),
                "typed full-width");
    }

    @Test
    void aSavedNoticeIsShownOneItemALineAndANewDraftHasTheUsualValues() {
        NoticeForm f = NoticeForm.of(List.of("宛先1", "宛先2"), null, List.of("PHARMACY"), "発出者", "件名", "背景",
                List.of("依頼1"), List.of(new NoticeForm.Target("2223001F1050", "メジコン錠15mg"),
                        new NoticeForm.Target("2223001F1069", null)), "照会先", List.of());
        assertEquals("宛先1\n宛先2", f.addressees());
        assertEquals("2223001F1050 メジコン錠15mg\n2223001F1069", f.targetProducts());
        assertTrue(f.hasKind("PHARMACY"));
        assertFalse(f.hasKind("HOSPITAL"));
        assertEquals("", f.addresseeOrganisations());
        NoticeForm blank = NoticeForm.blank();
        assertEquals(NoticeForm.USUAL_ADDRESSEES, blank.addressees());
        assertEquals(NoticeForm.USUAL_ISSUER, blank.issuer());
        assertEquals("", blank.title());
    }
}
