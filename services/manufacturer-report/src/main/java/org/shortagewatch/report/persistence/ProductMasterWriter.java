package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.events.ProductDetails;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes products' master records set-based, on the SQL client in the caller's transaction: one statement inserts or
 * updates any number of products, each one version more, so a national list of 18,520 products is one statement and
 * a single registration takes the same one.
 */
@ApplicationScoped
public class ProductMasterWriter {

    /** The update's condition when unchanged products are skipped: some master field differs. */
    private static final String CHANGED = """
            where (product.manufacturer_code, product.manufacturer_name, product.product_name, product.ingredient,
                   product.strength_unit, product.drug_category, product.product_category, product.basic_drug,
                   product.supply_security_class, product.price_listing_date)
                  is distinct from
                  (excluded.manufacturer_code, excluded.manufacturer_name, excluded.product_name, excluded.ingredient,
                   excluded.strength_unit, excluded.drug_category, excluded.product_category, excluded.basic_drug,
                   excluded.supply_security_class, excluded.price_listing_date)""";

    /** A product as the upsert left it: its version, barcodes and pack sizes, when it was registered and changed. */
    public record Written(String yjCode, long version, List<String> gs1Codes, List<String> packSizes,
            Instant registeredAt, Instant updatedAt) {
    }

    /**
     * Inserts or updates every master field of {@code products} but their barcodes and pack sizes (a new product has
     * none, an updated one keeps its own), one version more each, in the order given (pass YJ-code order: the same
     * lock order for every writer); returns each product as written, by YJ code.
     *
     * @param skipUnchanged whether a product whose every master field is already as given is left as it is (no new
     *        version, not in the answer), as a re-uploaded list leaves the products it repeats
     */
    public Uni<Map<String, Written>> upsert(SqlConnection c, List<ProductDetails> products, boolean skipUnchanged) {
        int n = products.size();
        String[] yj = new String[n];
        String[] holder = new String[n];
        String[] holderName = new String[n];
        String[] name = new String[n];
        String[] ingredient = new String[n];
        String[] strength = new String[n];
        String[] drug = new String[n];
        String[] category = new String[n];
        Boolean[] basic = new Boolean[n];
        String[] security = new String[n];
        LocalDate[] listed = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            ProductDetails p = products.get(i);
            yj[i] = p.yjCode();
            holder[i] = p.manufacturerCode();
            holderName[i] = p.manufacturerName();
            name[i] = p.productName();
            ingredient[i] = p.ingredient();
            strength[i] = p.strengthUnit();
            drug[i] = p.drugCategory().name();
            category[i] = p.productCategory().name();
            basic[i] = p.basicDrug();
            security[i] = p.supplySecurityClass().name();
            listed[i] = p.priceListingDate();
        }
        return c.preparedQuery("""
                insert into product (yj_code, manufacturer_code, manufacturer_name, product_name, ingredient,
                    strength_unit, drug_category, product_category, basic_drug, supply_security_class,
                    price_listing_date, registered_at, updated_at, version)
                select yj, holder, holder_name, name, ingredient, strength, drug, category, basic, security, listed,
                       now(), now(), 1
                from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::boolean[], $10::text[], $11::date[])
                     with ordinality as t(yj, holder, holder_name, name, ingredient, strength, drug, category, basic,
                                          security, listed, n)
                order by n
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code, manufacturer_name = excluded.manufacturer_name,
                    product_name = excluded.product_name, ingredient = excluded.ingredient,
                    strength_unit = excluded.strength_unit, drug_category = excluded.drug_category,
                    product_category = excluded.product_category, basic_drug = excluded.basic_drug,
                    supply_security_class = excluded.supply_security_class,
                    price_listing_date = excluded.price_listing_date, updated_at = now(),
                    version = product.version + 1
                %s
                returning yj_code, version, gs1_codes, pack_sizes, registered_at, updated_at""".formatted(
                        skipUnchanged ? CHANGED : ""))
                .execute(Tuple.from(List.<Object>of(yj, holder, holderName, name, ingredient, strength, drug,
                        category, basic, security, listed)))
                .map(rows -> {
                    Map<String, Written> written = new HashMap<>();
                    rows.forEach(r -> written.put(r.getString("yj_code"), new Written(r.getString("yj_code"),
                            r.getLong("version"), List.of(r.getArrayOfStrings("gs1_codes")),
                            List.of(r.getArrayOfStrings("pack_sizes")),
                            r.getOffsetDateTime("registered_at").toInstant(),
                            r.getOffsetDateTime("updated_at").toInstant())));
                    return written;
                });
    }

    /** Sets the barcodes and pack sizes of products just upserted to those their details give. */
    public Uni<Void> replacePackaging(SqlConnection c, List<ProductDetails> products) {
        if (products.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery("update product set gs1_codes = $2, pack_sizes = $3 where yj_code = $1")
                .executeBatch(products.stream().map(p -> Tuple.of(p.yjCode(), p.gs1Codes().toArray(String[]::new),
                        p.packSizes().toArray(String[]::new))).toList())
                .replaceWithVoid();
    }
}
