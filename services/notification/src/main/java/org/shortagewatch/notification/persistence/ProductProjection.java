package org.shortagewatch.notification.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.FindingText;
import org.shortagewatch.notification.domain.ProductKeys;
import org.shortagewatch.notification.domain.SupplyStatusAlert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The service's own view of products, kept from supply-status and product-master events: what matching needs
 * (ingredient key, therapeutic class, holder, supply-security class, basic-drug flag), what alerts name (product,
 * strength, maker, ingredient) and each product's current shipment response, for the severity of the next change
 * and for same-ingredient alternatives. Nothing on the delivery path asks another service. On the SQL client, in
 * the consumer's transaction.
 */
@ApplicationScoped
public class ProductProjection {

    /**
     * The product as the projection has it before an event (its shipment response null when only its master record
     * is known), or null when it knows nothing of it.
     */
    public Uni<SupplyStatusAlert.Before> find(SqlConnection c, String yjCode) {
        return c.preparedQuery("""
                select shipment_response, basic_drug, cast(supply_security_class as text) as supply_security_class
                from product where yj_code = $1""")
                .execute(Tuple.of(yjCode))
                .map(rows -> Rows.first(rows, ProductProjection::before).orElse(null));
    }

    /** The one place a product row becomes a {@link SupplyStatusAlert.Before}. */
    private static SupplyStatusAlert.Before before(Row r) {
        String response = r.getString("shipment_response");
        return new SupplyStatusAlert.Before(response == null ? null : ShipmentResponse.valueOf(response),
                Boolean.TRUE.equals(r.getBoolean("basic_drug")), r.getString("supply_security_class"));
    }

    /**
     * Applies a change; a revision the projection has passed changes nothing (returns false). The description the
     * event carries (name, strength, maker, basic-drug flag, supply-security class) fills the row until the product's
     * master record arrives, which then prevails.
     */
    public Uni<Boolean> apply(SqlConnection c, SupplyStatusChanged e) {
        StatusReport report = e.report();
        SupplyStatusChanged.Product p = e.product();
        return upsert(c, report.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     shipment_response, revision, effective_date, product_name, strength_unit,
                                     manufacturer_name, basic_drug, supply_security_class)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12, false), $13)
                on conflict (yj_code) do update set
                    manufacturer_code = case when product.master_version > 0 then product.manufacturer_code
                                             else coalesce(excluded.manufacturer_code, product.manufacturer_code) end,
                    shipment_response = excluded.shipment_response, revision = excluded.revision,
                    effective_date = excluded.effective_date, updated_at = now(),
                    product_name = case when product.master_version > 0 or $12 is null then product.product_name
                                        else excluded.product_name end,
                    strength_unit = case when product.master_version > 0 or $12 is null then product.strength_unit
                                         else excluded.strength_unit end,
                    manufacturer_name = case when product.master_version > 0 or $12 is null
                                             then product.manufacturer_name else excluded.manufacturer_name end,
                    basic_drug = case when product.master_version > 0 or $12 is null then product.basic_drug
                                      else excluded.basic_drug end,
                    supply_security_class = case when product.master_version > 0 or $12 is null
                                                 then product.supply_security_class
                                                 else excluded.supply_security_class end
                where product.revision < excluded.revision""",
                e.reportedBy(), report.shipmentResponse().name(), e.revision(), report.effectiveDate(),
                p == null ? null : p.productName(), p == null ? null : p.strengthUnit(),
                p == null ? null : p.manufacturerName(), p == null ? null : p.basicDrug(),
                p == null ? null : securityClass(p.supplySecurityClass()));
    }

    /** The column's value: the class's letter, null for none. */
    private static String securityClass(SupplySecurityClass securityClass) {
        return securityClass == null || securityClass == SupplySecurityClass.NONE ? null : securityClass.name();
    }

    /**
     * Applies a product's master record (its holder is the master's, not whoever reported a status); a version the
     * projection has passed changes nothing (returns false). The status columns are left as they are.
     */
    public Uni<Boolean> applyMaster(SqlConnection c, ProductChanged changed) {
        ProductDetails p = changed.product();
        return upsert(c, p.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     supply_security_class, basic_drug, product_name, master_version, strength_unit,
                                     manufacturer_name, ingredient)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code,
                    supply_security_class = excluded.supply_security_class, basic_drug = excluded.basic_drug,
                    product_name = excluded.product_name, master_version = excluded.master_version,
                    strength_unit = excluded.strength_unit, manufacturer_name = excluded.manufacturer_name,
                    ingredient = excluded.ingredient, updated_at = now()
                where product.master_version < excluded.master_version""",
                p.manufacturerCode(), securityClass(p.supplySecurityClass()), p.basicDrug(), p.productName(),
                changed.version(), p.strengthUnit(), p.manufacturerName(), p.ingredient());
    }

    /**
     * Runs an upsert of one product's row with the keys its YJ code gives as {@code $1} to {@code $4} (YJ code,
     * ingredient key, alternative key, therapeutic class) and {@code rest} after them; true when it wrote the row.
     */
    private static Uni<Boolean> upsert(SqlConnection c, String yjCode, String statement, Object... rest) {
        ProductKeys keys = ProductKeys.of(yjCode);
        List<Object> arguments = new ArrayList<>(List.of(yjCode, keys.ingredientKey(), keys.alternativeKey(),
                keys.therapeuticClass()));
        arguments.addAll(Arrays.asList(rest));
        return c.preparedQuery(statement).execute(Tuple.from(arguments)).map(rows -> rows.rowCount() == 1);
    }

    /**
     * Products of the same ingredient, form and strength, each with its name, maker and current shipment response:
     * those shipping normally first, then those with another status, then those with none (all of them: an alert
     * lists the first {@value SupplyStatusAlert#LISTED_ALTERNATIVES}, a demand-shift warning may concern any).
     */
    public Uni<List<SupplyStatusAlert.Alternative>> alternatives(SqlConnection c, String yjCode) {
        return c.preparedQuery("""
                select yj_code, manufacturer_code, product_name, strength_unit, manufacturer_name, shipment_response
                from product
                where alternative_key = $1 and yj_code <> $2
                order by coalesce(shipment_response = 'NORMAL', false) desc, shipment_response is null, yj_code""")
                .execute(Tuple.of(ProductKeys.of(yjCode).alternativeKey(), yjCode))
                .map(rows -> Rows.list(rows, ProductProjection::alternative));
    }

    /** The product's name as the catalogue has it; null when it has none. */
    public Uni<String> name(SqlConnection c, String yjCode) {
        return c.preparedQuery("select product_name from product where yj_code = $1").execute(Tuple.of(yjCode))
                .map(rows -> Rows.first(rows, row -> row.getString("product_name")).orElse(null));
    }

    /**
     * What the catalogue calls a finding's product (null when the finding is about no one product, or the catalogue
     * has no name for it) and its ingredient (the name a master record of the ingredient gives, null when none does).
     */
    public Uni<FindingText.Names> findingNames(SqlConnection c, String yjCode, String ingredientKey) {
        return c.preparedQuery("""
                select (select product_name from product where yj_code = $1) as product_name,
                       (select ingredient from product where ingredient_key = $2 and ingredient is not null
                        order by yj_code limit 1) as ingredient""")
                .execute(Tuple.of(yjCode, ingredientKey))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new FindingText.Names(r.getString("product_name"), r.getString("ingredient"));
                });
    }

    /** The one place a product row becomes an {@link SupplyStatusAlert.Alternative}. */
    private static SupplyStatusAlert.Alternative alternative(Row r) {
        String response = r.getString("shipment_response");
        return new SupplyStatusAlert.Alternative(r.getString("yj_code"), r.getString("manufacturer_code"),
                r.getString("product_name"), r.getString("strength_unit"), r.getString("manufacturer_name"),
                response == null ? null : ShipmentResponse.valueOf(response));
    }
}
