package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.report.domain.ProductDetails;

import io.smallrye.mutiny.Uni;

/**
 * Writes products' master records set-based, as native SQL on the session in the caller's transaction: one
 * statement inserts or updates any number of products, each one version more, so a national list of 18,520 products
 * is one statement and a single registration takes the same one.
 */
@ApplicationScoped
public class ProductMasterWriter {

    /** A product as the upsert left it: its version, barcodes and pack sizes, when it was registered and changed. */
    public record Written(String yjCode, long version, List<String> gs1Codes, List<String> packSizes,
            Instant registeredAt, Instant updatedAt) {
    }

    /**
     * Inserts or updates every master field of {@code products} but their barcodes and pack sizes (a new product has
     * none, an updated one keeps its own), one version more each, in the order given (pass YJ-code order: the same
     * lock order for every writer); returns each product as written, by YJ code.
     */
    public Uni<Map<String, Written>> upsert(Mutiny.Session session, List<ProductDetails> products) {
        return session.createNativeQuery("""
                insert into product (yj_code, manufacturer_code, manufacturer_name, product_name, ingredient,
                    strength_unit, drug_category, product_category, basic_drug, supply_security_class,
                    price_listing_date, registered_at, updated_at, version)
                select t.yj, t.holder, t.holder_name, t.name, t.ingredient, t.strength, t.drug, t.category, t.basic,
                       t.security, t.listed, now(), now(), 1
                from unnest(cast(:yj as text[]), cast(:holder as text[]), cast(:holder_name as text[]),
                            cast(:name as text[]), cast(:ingredient as text[]), cast(:strength as text[]),
                            cast(:drug as text[]), cast(:category as text[]), cast(:basic as boolean[]),
                            cast(:security as text[]), cast(:listed as date[]))
                     with ordinality as t(yj, holder, holder_name, name, ingredient, strength, drug, category, basic,
                                          security, listed, n)
                order by t.n
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code, manufacturer_name = excluded.manufacturer_name,
                    product_name = excluded.product_name, ingredient = excluded.ingredient,
                    strength_unit = excluded.strength_unit, drug_category = excluded.drug_category,
                    product_category = excluded.product_category, basic_drug = excluded.basic_drug,
                    supply_security_class = excluded.supply_security_class,
                    price_listing_date = excluded.price_listing_date, updated_at = now(),
                    version = product.version + 1
                returning yj_code, version, registered_at, updated_at""", Tuple.class)
                .setParameter("yj", BatchArrays.text(products, ProductDetails::yjCode))
                .setParameter("holder", BatchArrays.text(products, ProductDetails::manufacturerCode))
                .setParameter("holder_name", BatchArrays.text(products, ProductDetails::manufacturerName))
                .setParameter("name", BatchArrays.text(products, ProductDetails::productName))
                .setParameter("ingredient", BatchArrays.text(products, ProductDetails::ingredient))
                .setParameter("strength", BatchArrays.text(products, ProductDetails::strengthUnit))
                .setParameter("drug", BatchArrays.text(products, p -> p.drugCategory().name()))
                .setParameter("category", BatchArrays.text(products, p -> p.productCategory().name()))
                .setParameter("basic", BatchArrays.bool(products, ProductDetails::basicDrug))
                .setParameter("security", BatchArrays.text(products, p -> p.supplySecurityClass().name()))
                .setParameter("listed", BatchArrays.date(products, ProductDetails::priceListingDate))
                .getResultList()
                .chain(rows -> packaging(session, products).map(packaging -> {
                    Map<String, Written> written = new HashMap<>();
                    for (Tuple r : rows) {
                        String yj = r.get("yj_code", String.class);
                        Packaging p = packaging.getOrDefault(yj, new Packaging());
                        written.put(yj, new Written(yj, r.get("version", Long.class), p.gs1Codes, p.packSizes,
                                r.get("registered_at", OffsetDateTime.class).toInstant(),
                                r.get("updated_at", OffsetDateTime.class).toInstant()));
                    }
                    return written;
                }));
    }

    /** A product's stored barcodes and pack sizes, in their stored order. */
    private static final class Packaging {
        final List<String> gs1Codes = new ArrayList<>();
        final List<String> packSizes = new ArrayList<>();
    }

    /**
     * The stored barcodes and pack sizes of these products, one row per element in array order (the session reads no
     * {@code text[]} column: Hibernate Reactive 3.2 cannot extract one from a native query).
     */
    private static Uni<Map<String, Packaging>> packaging(Mutiny.Session session, List<ProductDetails> products) {
        return session.createNativeQuery("""
                select p.yj_code, e.kind, e.value
                from product p
                cross join lateral (
                    select 'gs1' as kind, g.value, g.n from unnest(p.gs1_codes) with ordinality as g(value, n)
                    union all
                    select 'pack', s.value, s.n from unnest(p.pack_sizes) with ordinality as s(value, n)) e
                where p.yj_code = any(cast(:codes as text[]))
                order by p.yj_code, e.kind, e.n""", Tuple.class)
                .setParameter("codes", BatchArrays.text(products, ProductDetails::yjCode))
                .getResultList()
                .map(rows -> {
                    Map<String, Packaging> packaging = new HashMap<>();
                    for (Tuple r : rows) {
                        Packaging p = packaging.computeIfAbsent(r.get("yj_code", String.class), yj -> new Packaging());
                        ("gs1".equals(r.get("kind", String.class)) ? p.gs1Codes : p.packSizes)
                                .add(r.get("value", String.class));
                    }
                    return packaging;
                });
    }

    /** Sets the barcodes and pack sizes of products just upserted to those their details give, one by one. */
    public Uni<Void> replacePackaging(Mutiny.Session session, List<ProductDetails> products) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (ProductDetails p : products) {
            done = done.chain(() -> session.createNativeQuery("""
                    update product set gs1_codes = cast(:gs1 as text[]), pack_sizes = cast(:packs as text[])
                    where yj_code = :yj""")
                    .setParameter("yj", p.yjCode())
                    .setParameter("gs1", p.gs1Codes().toArray(String[]::new))
                    .setParameter("packs", p.packSizes().toArray(String[]::new))
                    .executeUpdate()
                    .replaceWithVoid());
        }
        return done;
    }
}
