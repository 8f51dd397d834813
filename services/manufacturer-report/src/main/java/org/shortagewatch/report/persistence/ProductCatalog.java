package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.Freshness;
import org.shortagewatch.report.domain.NationalAggregates;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.report.service.FreshnessSettings;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads products with their status on a given day, set-based: searches, alternatives and the national list; and
 * who holds which product.
 *
 * <p>A product's status on day D is its change with the latest effective date on or before D, the highest revision
 * among changes effective on the same day: late reports correct the past, and a change announced for a future day
 * takes effect on that day.
 */
@ApplicationScoped
public class ProductCatalog {

    /**
     * Joined to {@code product p}: per product, the last report of a status change ({@code r.last_reported}) and the
     * last confirmation ({@code k.last_confirmation}) known by the end of day {@code $1} (in Japan).
     */
    static final String LAST_CONFIRMED = """
            left join lateral (
                select max(c.reported_at) as last_reported from status_change c
                where c.yj_code = p.yj_code and c.reported_at < ($1::date + 1)::timestamp at time zone 'Asia/Tokyo') r
                on true
            left join lateral (
                select max(k.confirmed_at) as last_confirmation from status_confirmation k
                where k.yj_code = p.yj_code and k.confirmed_at < ($1::date + 1)::timestamp at time zone 'Asia/Tokyo') k
                on true
            """;

    /**
     * Products and, per product, its status on {@code $1} (null when it has none yet), the name of the cause product
     * (⑰) that status names, and the last report of a status change and the last confirmation known by the end of
     * that day (in Japan).
     */
    private static final String PRODUCTS_WITH_STATUS = """
            select p.yj_code, p.manufacturer_code, p.manufacturer_name, p.product_name, p.ingredient, p.strength_unit,
                   p.drug_category, p.product_category, p.basic_drug, p.supply_security_class, p.price_listing_date,
                   p.gs1_codes, p.pack_sizes, p.registered_at, p.updated_at,
                   s.id as s_id, s.revision, s.shipment_response, s.reason, s.effective_date, s.reported_at,
                   s.reported_by, s.event_id, s.effective_date_certainty, s.cause_yj_code, s.resolution_outlook,
                   s.expected_resolution_date, s.expected_resolution_precision, s.shipment_volume,
                   s.volume_improvement_date, s.volume_improvement_precision, s.volume_improvement_amount,
                   cp.product_name as cause_product_name, cp.manufacturer_name as cause_manufacturer_name,
                   r.last_reported, k.last_confirmation
            from product p
            left join lateral (
                select * from status_change c
                where c.yj_code = p.yj_code and c.effective_date <= $1
                order by c.effective_date desc, c.revision desc
                limit 1) s on true
            left join product cp on cp.yj_code = s.cause_yj_code
            """ + LAST_CONFIRMED;

    @Inject
    Pool pool;

    @Inject
    FreshnessSettings freshness;

    /** One page of products matching the filter, in the order asked for, with the total number of matches. */
    public Uni<Page> search(ProductFilter filter, ProductFilter.Order order, LocalDate asOf, int page, int size) {
        List<Object> args = new ArrayList<>(List.of(asOf));
        List<String> where = new ArrayList<>();
        if (filter.yjCodes() != null) {
            args.add(filter.yjCodes().toArray(String[]::new));
            where.add("p.yj_code = any($" + args.size() + ")");
        }
        if (filter.ingredient() != null) {
            args.add("%" + likeEscaped(filter.ingredient()) + "%");
            where.add("p.ingredient ilike $" + args.size());
        }
        if (filter.yjPrefix() != null) {
            args.add(likeEscaped(filter.yjPrefix()) + "%");
            where.add("p.yj_code like $" + args.size());
        }
        if (filter.manufacturer() != null) {
            args.add(filter.manufacturer());
            args.add("%" + likeEscaped(filter.manufacturer()) + "%");
            where.add("(p.manufacturer_code = $" + (args.size() - 1) + " or p.manufacturer_name ilike $" + args.size()
                    + ")");
        }
        if (filter.text() != null) {
            // what people type into one search box: a YJ code (or its start), part of the product name (品名), of
            // the ingredient (成分名) or of the maker's name, or the maker's code
            args.add(likeEscaped(filter.text().toUpperCase(java.util.Locale.ROOT)) + "%");
            args.add("%" + likeEscaped(filter.text()) + "%");
            args.add(filter.text());
            int yj = args.size() - 2;
            int part = args.size() - 1;
            where.add("(p.yj_code like $" + yj + " or p.product_name ilike $" + part + " or p.ingredient ilike $" + part
                    + " or p.manufacturer_name ilike $" + part + " or p.manufacturer_code = $" + args.size() + ")");
        }
        if (filter.shipmentResponse() != null) {
            args.add(filter.shipmentResponse().name());
            where.add("s.shipment_response = $" + args.size());
        }
        if (filter.productCategory() != null) {
            args.add(filter.productCategory().name());
            where.add("p.product_category = $" + args.size());
        }
        if (filter.supplySecurityClass() != null) {
            args.add(filter.supplySecurityClass().name());
            where.add("p.supply_security_class = $" + args.size());
        }
        if (filter.basicDrug() != null) {
            args.add(filter.basicDrug());
            where.add("p.basic_drug = $" + args.size());
        }
        if (filter.stale() != null) { // Freshness's rule (greatest ignores an absent report or confirmation)
            args.add(new Freshness(freshness.staleAfter()).staleBefore(Freshness.judgedAt(asOf, Instant.now()))
                    .atOffset(java.time.ZoneOffset.UTC));
            String stale = "(s.shipment_response <> 'NORMAL' and greatest(r.last_reported, k.last_confirmation) < $"
                    + args.size() + ")";
            where.add(filter.stale() ? stale : "not coalesce(" + stale + ", false)");
        }
        args.add(size);
        args.add((long) (page - 1) * size);
        String sql = "select q.*, count(*) over () as total from (" + PRODUCTS_WITH_STATUS
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + ") q order by "
                + (order == ProductFilter.Order.LATEST
                        ? "q.effective_date desc nulls last, q.reported_at desc nulls last, q.yj_code"
                        : "q.yj_code")
                + " limit $" + (args.size() - 1) + " offset $" + args.size();
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
            List<ProductStatus> items = map(rows, asOf);
            long total = rows.size() == 0 ? 0 : rows.iterator().next().getLong("total");
            return new Page(items, page, size, total);
        });
    }

    /** One product with its status on {@code asOf}, or null when there is no such product. */
    public Uni<ProductStatus> find(String yjCode, LocalDate asOf) {
        return pool.preparedQuery(PRODUCTS_WITH_STATUS + " where p.yj_code = $2").execute(Tuple.of(asOf, yjCode))
                .map(rows -> rows.size() == 0 ? null : map(rows, asOf).get(0));
    }

    /**
     * Other products sharing the ingredient (first 7 characters of the YJ code): those of the same ingredient, form
     * and strength (first 9) first, then the rest; within each, those shipping normally first.
     */
    public Uni<List<ProductStatus>> alternatives(String yjCode, LocalDate asOf) {
        return pool.preparedQuery(PRODUCTS_WITH_STATUS + """
                 where p.ingredient_key = $3 and p.yj_code <> $2
                 order by (p.ingredient_form_strength_key = $4) desc,
                          (s.shipment_response = 'NORMAL') desc nulls last, p.yj_code""")
                .execute(Tuple.of(asOf, yjCode, YjCodes.ingredientKey(yjCode),
                        YjCodes.ingredientFormStrengthKey(yjCode)))
                .map(rows -> map(rows, asOf));
    }

    /**
     * The products whose status on {@code asOf} names {@code causeYjCode} as the cause of their limited shipment
     * (限定出荷（他社品の影響）), in YJ-code order.
     */
    public Uni<List<ProductStatus>> limitedBecauseOf(String causeYjCode, LocalDate asOf) {
        return pool.preparedQuery(PRODUCTS_WITH_STATUS + " where s.cause_yj_code = $2 order by p.yj_code")
                .execute(Tuple.of(asOf, causeYjCode)).map(rows -> map(rows, asOf));
    }

    /** The holder (manufacturer code) of each of these products that exists. */
    public Uni<Map<String, String>> holders(Collection<String> yjCodes) {
        return holders(pool, yjCodes);
    }

    /** The holder of each of these products that exists, read in the transaction of {@code client}. */
    public Uni<Map<String, String>> holders(SqlClient client, Collection<String> yjCodes) {
        return client.preparedQuery("select yj_code, manufacturer_code from product where yj_code = any($1)")
                .execute(Tuple.of(yjCodes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> holders = new HashMap<>();
                    rows.forEach(r -> holders.put(r.getString("yj_code"), r.getString("manufacturer_code")));
                    return holders;
                });
    }

    /** Every product with its status on {@code asOf}, in YJ-code order: the national list of that day. */
    public Uni<List<ProductStatus>> all(LocalDate asOf) {
        return pool.preparedQuery(PRODUCTS_WITH_STATUS + " order by p.yj_code").execute(Tuple.of(asOf))
                .map(rows -> map(rows, asOf));
    }

    /** Products whose status on {@code asOf} is known, counted by product category and shipment response. */
    public Uni<List<NationalAggregates.Count>> countByCategoryAndResponse(LocalDate asOf) {
        return pool.preparedQuery("""
                select p.product_category, s.shipment_response, count(*) as products
                from product p
                join status_span s on s.yj_code = p.yj_code and s.starts <= $1 and s.ends > $1
                group by p.product_category, s.shipment_response""")
                .execute(Tuple.of(asOf))
                .map(rows -> {
                    List<NationalAggregates.Count> counts = new ArrayList<>();
                    for (Row row : rows) {
                        counts.add(new NationalAggregates.Count(enumOf(ProductCategory.class, row.getString("product_category")),
                                ShipmentResponse.valueOf(row.getString("shipment_response")),
                                row.getLong("products")));
                    }
                    return counts;
                });
    }

    /**
     * A product and its status on the day asked for ({@code status} null when none was in effect), the cause product
     * that status names ({@code cause} null when it names none), when its status was last reported or confirmed
     * (null when never) and whether that makes it stale on the day ({@link Freshness}).
     */
    public record ProductStatus(Product product, StatusChange status, CauseProduct cause, Instant lastConfirmedAt,
            boolean stale) {
    }

    /** The product a status names as the cause of its limited shipment (⑰), as registered. */
    public record CauseProduct(String yjCode, String productName, String manufacturerName) {
    }

    /** One page of a search. */
    public record Page(List<ProductStatus> items, int page, int size, long totalItems) {
    }

    private List<ProductStatus> map(RowSet<Row> rows, LocalDate asOf) {
        Freshness rule = new Freshness(freshness.staleAfter());
        Instant judgedAt = Freshness.judgedAt(asOf, Instant.now());
        List<ProductStatus> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String cause = row.getString("cause_yj_code");
            StatusChange status = row.getLong("s_id") == null ? null : StatusChange.fromRow(row, "s_id");
            Instant lastConfirmed = Freshness.latest(Rows.instant(row, "last_reported"), Rows.instant(row, "last_confirmation"));
            result.add(new ProductStatus(Product.fromRow(row), status,
                    cause == null ? null : new CauseProduct(cause, row.getString("cause_product_name"),
                            row.getString("cause_manufacturer_name")),
                    lastConfirmed, rule.isStale(status == null ? null : status.report.shipmentResponse(), lastConfirmed,
                            judgedAt)));
        }
        return result;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Escapes LIKE's wildcards so a search term matches literally. */
    private static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
