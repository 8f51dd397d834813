package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.SupplySecurityClass;

@Schema(description = "A product's master record, as the national supply-status list publishes it")
public record ProductRequest(
        @Schema(description = "The holder (製造販売業者): the organisation that reports the product's status", example = "MFR001")
        @NotBlank @Size(max = 64) String manufacturerCode,
        @Schema(description = "製造販売業者名; defaults to manufacturerCode", example = "シュアワッチ製薬株式会社")
        @Size(max = 200) String manufacturerName,
        @Schema(description = "品名", example = "ロキソプロフェンNa錠60mg「SW」")
        @NotBlank @Size(max = 300) String productName,
        @Schema(description = "成分名", example = "ロキソプロフェンナトリウム水和物")
        @NotBlank @Size(max = 300) String ingredient,
        @Schema(description = "規格単位", example = "60mg1錠")
        @Size(max = 200) String strengthUnit,
        @Schema(description = "薬剤区分") @NotNull DrugCategory drugCategory,
        @Schema(description = "製品区分") @NotNull ProductCategory productCategory,
        @Schema(description = "基礎的医薬品; default false") Boolean basicDrug,
        @Schema(description = "供給確保医薬品 (安定確保医薬品) class; default NONE") SupplySecurityClass supplySecurityClass,
        @Schema(description = "薬価収載年月日", example = "2020-06-19") LocalDate priceListingDate,
        @Schema(description = "GS1 (JAN/GTIN) barcode numbers of its packages, 13 or 14 digits with a valid check digit")
        @Size(max = 50) List<@NotBlank String> gs1Codes,
        @Schema(description = "Pack sizes as stated", example = "[\"100錠(PTP)\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> packSizes) {

    ProductDetails details(String yjCode) {
        return new ProductDetails(yjCode, productName, ingredient, strengthUnit, drugCategory, productCategory,
                Boolean.TRUE.equals(basicDrug), supplySecurityClass, manufacturerCode,
                manufacturerName == null || manufacturerName.isBlank() ? manufacturerCode : manufacturerName,
                priceListingDate, gs1Codes, packSizes);
    }
}
