package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProductFormChoicesTest {

    @Test
    void aListTypedOneItemALineWithoutBlanks() {
        assertEquals(List.of("4987123456788", "100錠(PTP)"),
                ProductFormChoices.lines(" 4987123456788 \r\n\n100錠(PTP)\n  \n"));
        assertEquals(List.of(), ProductFormChoices.lines(null));
        assertEquals("a\nb", ProductFormChoices.joined(List.of("a", "b")));
        assertEquals("", ProductFormChoices.joined(null));
    }

    @Test
    void theChoicesInTheNationalListsOrderWithTheirKeys() {
        assertEquals("drugINTERNAL", ProductFormChoices.DRUG_CATEGORIES.get(0).key());
        assertEquals(List.of("BRAND", "QUASI_BRAND", "LONG_LISTED_BRAND", "GENERIC", "OTHER"),
                ProductFormChoices.PRODUCT_CATEGORIES.stream().map(FormChoices.Choice::value).toList());
        assertEquals("securityNONE", ProductFormChoices.SECURITY_CLASSES.get(0).key());
    }

    @Test
    void aRefusedBarcodeGoesBesideTheBarcodesWhateverItsIndex() {
        StatusFormErrors errors = StatusFormErrors.of(List.of(
                new StatusFormErrors.FieldProblem("gs1Codes[1]", null, "not a GS1 code"),
                new StatusFormErrors.FieldProblem(null, "#/productName", "required"),
                new StatusFormErrors.FieldProblem("reason", null, "not this form's")), ProductFormChoices.INPUTS);
        assertEquals(List.of("gs1Codes", "productName"), errors.inputs());
        assertEquals(List.of("not a GS1 code"), errors.at("gs1Codes"));
        assertEquals(1, errors.elsewhere().size());
    }
}
