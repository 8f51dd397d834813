package org.shortagewatch.notification.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.ProductKeys;
import org.shortagewatch.notification.domain.SupplyStatusAlert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The service's own view of products, kept from supply-status and product-master events: what matching needs
 * (ingredient key, therapeutic class, holder, supply-security class, basic-drug flag) and each product's current
 * shipment response, for the severity of the next change and for same-ingredient alternatives. Nothing on the
 * delivery path asks another service. On the SQL client, in the consumer's transaction.
 */
@ApplicationScoped
public class ProductProjection {

    /** The product as it was before an event; {@code shipmentResponse} null when only its master record is known. */
    public record Known(ShipmentResponse shipmentResponse, long revision, boolean basicDrug, String supplySecurityClass) {
    }

    /** The product as the projection has it, or null when it knows nothing of it. */
    public Uni<Known> find(SqlConnection c, String yjCode) {
        return c.preparedQuery("""
                select shipment_response, revision, basic_drug, cast(supply_security_class as text) as supply_security_class
                from product where yj_code = $1""")
                .execute(Tuple.of(yjCode))
                .map(rows -> rows.size() == 0 ? null : known(rows.iterator().next()));
    }

    /** The one place a product row becomes a {@link Known}. */
    private static Known known(Row r) {
        String response = r.getString("shipment_response");
        return new Known(response == null ? null : ShipmentResponse.valueOf(response), r.getLong("revision"),
                Boolean.TRUE.equals(r.getBoolean("basic_drug")), r.getString("supply_security_class"));
    }

    /** Applies a change; a revision the projection has passed changes nothing (returns false). */
    public Uni<Boolean> apply(SqlConnection c, SupplyStatusChanged e) {
        return upsert(c, e.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     shipment_response, revision, effective_date)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                on conflict (yj_code) do update set
                    manufacturer_code = case when product.master_version > 0 then product.manufacturer_code
                                             else coalesce(excluded.manufacturer_code, product.manufacturer_code) end,
                    shipment_response = excluded.shipment_response, revision = excluded.revision,
                    effective_date = excluded.effective_date, updated_at = now()
                where product.revision < excluded.revision""",
                e.reportedBy(), e.shipmentResponse().name(), e.revision(), e.effectiveDate());
    }

    /**
     * Applies a product's master record (its holder is the master's, not whoever reported a status); a version the
     * projection has passed changes nothing (returns false). The status columns are left as they are.
     */
    public Uni<Boolean> applyMaster(SqlConnection c, ProductChanged p) {
        return upsert(c, p.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     supply_security_class, basic_drug, product_name, master_version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code,
                    supply_security_class = excluded.supply_security_class, basic_drug = excluded.basic_drug,
                    product_name = excluded.product_name, master_version = excluded.master_version,
                    updated_at = now()
                where product.master_version < excluded.master_version""",
                p.manufacturerCode(),
                p.supplySecurityClass() == SupplySecurityClass.NONE ? null : p.supplySecurityClass().name(),
                p.basicDrug(), p.productName(), p.version());
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

    /** Products of the same ingredient, form and strength that ship normally now (at most 20). */
    public Uni<List<SupplyStatusAlert.Alternative>> alternatives(SqlConnection c, String yjCode) {
        return c.preparedQuery("""
                select yj_code, manufacturer_code from product
                where alternative_key = $1 and yj_code <> $2 and shipment_response = 'NORMAL'
                order by yj_code limit 20""")
                .execute(Tuple.of(ProductKeys.of(yjCode).alternativeKey(), yjCode))
                .map(rows -> {
                    List<SupplyStatusAlert.Alternative> alternatives = new ArrayList<>();
                    rows.forEach(r -> alternatives.add(alternative(r)));
                    return alternatives;
                });
    }

    /** The one place a product row becomes an {@link SupplyStatusAlert.Alternative}. */
    private static SupplyStatusAlert.Alternative alternative(Row r) {
        return new SupplyStatusAlert.Alternative(r.getString("yj_code"), r.getString("manufacturer_code"));
    }
}
