package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WholesalerFormTest {

    @Test
    void theCodeIsWrittenInCapitalsAndBothFieldsWithoutTheBlanksAroundThem() {
        WholesalerForm typed = WholesalerForm.typed(" whs002 ", "　みなと薬品株式会社 ");
        assertEquals(new WholesalerForm("WHS002", "みなと薬品株式会社"), typed);
        assertTrue(typed.hasCode());
    }

    @Test
    void aMalformedCodeGoesToTheServiceAsTypedForItToSayWhatIsWrong() {
        assertEquals("WHS 02", WholesalerForm.typed("whs 02", "x").code());
        // read as NFKC first, as every code is: the full-width letter is its ASCII, the 卸 stays for the service
        assertEquals("卸A", WholesalerForm.typed("卸Ａ", "x").code());
        assertEquals("WHS002", WholesalerForm.typed("ｗｈｓ００２", "x").code());
    }

    @Test
    void aBlankCodeCannotBeSentAndABlankNameIsNoName() {
        WholesalerForm typed = WholesalerForm.typed("  ", " ");
        assertFalse(typed.hasCode());
        assertNull(typed.name());
        assertFalse(WholesalerForm.EMPTY.hasCode());
        assertFalse(typed.addressable());
    }

    @Test
    void aCodeThatAUrlReadsAsAFolderCannotBeSent() {
        assertTrue(WholesalerForm.typed("WHS.01", "x").addressable());
        for (String folder : new String[] {".", " .. "}) {
            WholesalerForm typed = WholesalerForm.typed(folder, "x");
            assertTrue(typed.hasCode());
            assertFalse(typed.addressable(), folder);
        }
    }

    @Test
    void theServicesFieldsAreTheFormsInputs() {
        StatusFormErrors errors = StatusFormErrors.of(List.of(
                new StatusFormErrors.FieldProblem("code", null, "1〜64 文字の半角英数字、「_」または「-」にしてください"),
                new StatusFormErrors.FieldProblem("name", "/name", "空白は許可されていません"),
                new StatusFormErrors.FieldProblem("(body)", null, "本文がありません")), WholesalerForm.INPUTS);
        assertEquals(List.of("code", "name"), errors.inputs());
        assertEquals(List.of("空白は許可されていません"), errors.at("name"));
        assertEquals(1, errors.elsewhere().size());
    }
}
