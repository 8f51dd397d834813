package org.shortagewatch.events;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A product's master record, with every field of the national supply-status list: what manufacturer-report keeps,
 * what {@link ProductChanged} announces and what report's product views show, each with these fields at its top
 * level. A field without a value is left out of the JSON; the lists are empty, never absent.
 *
 * @param manufacturerCode the organisation that holds the product and reports its status (its {@code org} claim)
 * @param manufacturerName the holder's name as the national list prints it (製造販売業者名)
 * @param gs1Codes GS1 (JAN/GTIN) barcodes of its packages, possibly empty
 * @param packSizes pack sizes as stated (e.g. "100錠(PTP)"), possibly empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductDetails(
        String yjCode,
        String productName,
        String ingredient,
        String strengthUnit,
        DrugCategory drugCategory,
        ProductCategory productCategory,
        boolean basicDrug,
        SupplySecurityClass supplySecurityClass,
        String manufacturerCode,
        String manufacturerName,
        LocalDate priceListingDate,
        List<String> gs1Codes,
        List<String> packSizes) {

    public ProductDetails {
        supplySecurityClass = supplySecurityClass == null ? SupplySecurityClass.NONE : supplySecurityClass;
        gs1Codes = gs1Codes == null ? List.of() : List.copyOf(gs1Codes);
        packSizes = packSizes == null ? List.of() : List.copyOf(packSizes);
    }

    /** The same record with these barcodes and pack sizes. */
    public ProductDetails withPackaging(List<String> gs1, List<String> packs) {
        return new ProductDetails(yjCode, productName, ingredient, strengthUnit, drugCategory, productCategory,
                basicDrug, supplySecurityClass, manufacturerCode, manufacturerName, priceListingDate, gs1, packs);
    }

    /** The therapeutic class (薬効分類): the first 4 characters of the YJ code. */
    public String therapeuticClass() {
        return YjCodes.therapeuticClass(yjCode);
    }
}
