package org.shortagewatch.portal.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The product master form of the operator's pages: its choices in the national list's order, each a code
 * manufacturer-report knows and the key of its words (薬剤区分 ①: {@code drugINTERNAL}; 製品区分 ⑧:
 * {@code categoryGENERIC}; 供給確保医薬品 ⑩: {@code securityA}), its inputs as the service names its fields, and how a
 * list typed one item a line (barcodes, pack sizes) is sent.
 */
public final class ProductFormChoices {

    public static final List<FormChoices.Choice> DRUG_CATEGORIES = FormChoices.of("drug",
            List.of("INTERNAL", "EXTERNAL", "INJECTION"));
    public static final List<FormChoices.Choice> PRODUCT_CATEGORIES = FormChoices.of("category",
            List.of("BRAND", "QUASI_BRAND", "LONG_LISTED_BRAND", "GENERIC", "OTHER"));
    public static final List<FormChoices.Choice> SECURITY_CLASSES = FormChoices.of("security",
            List.of("NONE", "A", "B", "C"));

    /** The form's inputs, named as manufacturer-report names the fields of a product's master record. */
    public static final Set<String> INPUTS = Set.of("manufacturerCode", "manufacturerName", "productName",
            "ingredient", "strengthUnit", "drugCategory", "productCategory", "basicDrug", "supplySecurityClass",
            "priceListingDate", "gs1Codes", "packSizes");

    private ProductFormChoices() {
    }

    /** A list typed one item a line: each line without surrounding blanks, blank lines left out. */
    public static List<String> lines(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A list as the form's text area shows it: one item a line. */
    public static String joined(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }
}
