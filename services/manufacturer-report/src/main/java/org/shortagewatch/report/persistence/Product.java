package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.SupplySecurityClass;

import io.vertx.mutiny.sqlclient.Row;

/**
 * A product's master record and the manufacturer (製造販売業者) that holds it. The ingredient keys (first 7 and 9
 * characters of the YJ code) are derived by the database and indexed.
 */
@Entity
public class Product {

    @Id
    public String yjCode;

    public String manufacturerCode;

    public String manufacturerName;

    public String productName;

    public String ingredient;

    public String strengthUnit;

    @Enumerated(EnumType.STRING)
    public DrugCategory drugCategory;

    @Enumerated(EnumType.STRING)
    public ProductCategory productCategory;

    public boolean basicDrug;

    @Enumerated(EnumType.STRING)
    public SupplySecurityClass supplySecurityClass = SupplySecurityClass.NONE;

    public LocalDate priceListingDate;

    @Column(name = "gs1_codes") // the convention would say gs1codes: no underscore after a digit
    public String[] gs1Codes = new String[0];

    public String[] packSizes = new String[0];

    /** One more at every change; orders the ProductChanged events. */
    public long version;

    public Instant registeredAt;

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

    /** The product as a SQL-client row of {@code product}'s columns holds it. */
    static Product fromRow(Row row) {
        Product p = new Product();
        p.yjCode = row.getString("yj_code");
        p.manufacturerCode = row.getString("manufacturer_code");
        p.manufacturerName = row.getString("manufacturer_name");
        p.productName = row.getString("product_name");
        p.ingredient = row.getString("ingredient");
        p.strengthUnit = row.getString("strength_unit");
        p.drugCategory = enumOrNull(DrugCategory.class, row.getString("drug_category"));
        p.productCategory = enumOrNull(ProductCategory.class, row.getString("product_category"));
        p.basicDrug = row.getBoolean("basic_drug");
        p.supplySecurityClass = enumOrNull(SupplySecurityClass.class, row.getString("supply_security_class"));
        p.priceListingDate = row.getLocalDate("price_listing_date");
        p.gs1Codes = row.getArrayOfStrings("gs1_codes");
        p.packSizes = row.getArrayOfStrings("pack_sizes");
        p.registeredAt = row.getOffsetDateTime("registered_at").toInstant();
        p.updatedAt = row.getOffsetDateTime("updated_at").toInstant();
        return p;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
