package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.report.domain.ProductDetails;
import org.shortagewatch.events.SupplySecurityClass;

/**
 * A product's master record and the manufacturer (製造販売業者) that holds it. The ingredient keys (first 7 and 9
 * characters of the YJ code) are derived by the database and indexed.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @Column(name = "yj_code")
    public String yjCode;

    @Column(name = "manufacturer_code", nullable = false)
    public String manufacturerCode;

    @Column(name = "manufacturer_name")
    public String manufacturerName;

    @Column(name = "product_name")
    public String productName;

    public String ingredient;

    @Column(name = "strength_unit")
    public String strengthUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "drug_category")
    public DrugCategory drugCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_category")
    public ProductCategory productCategory;

    @Column(name = "basic_drug", nullable = false)
    public boolean basicDrug;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_security_class", nullable = false)
    public SupplySecurityClass supplySecurityClass = SupplySecurityClass.NONE;

    @Column(name = "price_listing_date")
    public LocalDate priceListingDate;

    @Column(name = "gs1_codes", nullable = false, columnDefinition = "text[]")
    public String[] gs1Codes = new String[0];

    @Column(name = "pack_sizes", nullable = false, columnDefinition = "text[]")
    public String[] packSizes = new String[0];

    /** One more at every change; orders the ProductChanged events. */
    @Column(nullable = false)
    public long version;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Takes every master field from {@code details}. */
    public void apply(ProductDetails details) {
        yjCode = details.yjCode();
        manufacturerCode = details.manufacturerCode();
        manufacturerName = details.manufacturerName();
        productName = details.productName();
        ingredient = details.ingredient();
        strengthUnit = details.strengthUnit();
        drugCategory = details.drugCategory();
        productCategory = details.productCategory();
        basicDrug = details.basicDrug();
        supplySecurityClass = details.supplySecurityClass();
        priceListingDate = details.priceListingDate();
        gs1Codes = details.gs1Codes().toArray(String[]::new);
        packSizes = details.packSizes().toArray(String[]::new);
    }

    public ProductDetails details() {
        return new ProductDetails(yjCode, productName, ingredient, strengthUnit, drugCategory, productCategory,
                basicDrug, supplySecurityClass, manufacturerCode, manufacturerName, priceListingDate,
                gs1Codes == null ? List.of() : List.of(gs1Codes), packSizes == null ? List.of() : List.of(packSizes));
    }
}
