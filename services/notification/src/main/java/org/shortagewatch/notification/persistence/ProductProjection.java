package org.shortagewatch.notification.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.ProductKeys;
import org.shortagewatch.notification.domain.SupplyStatusAlert;

import io.smallrye.mutiny.Uni;

/**
 * The service's own view of products, kept from supply-status and product-master events: what matching needs
 * (ingredient key, therapeutic class, holder, supply-security class, basic-drug flag) and each product's current
 * shipment response, for the severity of the next change and for same-ingredient alternatives. Nothing on the
 * delivery path asks another service.
 */
@ApplicationScoped
public class ProductProjection {

    /** The product as it was before an event; {@code shipmentResponse} null when only its master record is known. */
    public record Known(ShipmentResponse shipmentResponse, long revision, boolean basicDrug, String supplySecurityClass) {
    }

    /** The product as the projection has it, or null when it knows nothing of it. */
    public Uni<Known> find(Mutiny.Session session, String yjCode) {
        return session.createNativeQuery("""
                select shipment_response, revision, basic_drug, cast(supply_security_class as text) as supply_security_class
                from product where yj_code = :yj""", Tuple.class)
                .setParameter("yj", yjCode)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : known(rows.get(0)));
    }

    /** The one place a product row becomes a {@link Known}. */
    private static Known known(Tuple r) {
        String response = r.get("shipment_response", String.class);
        return new Known(response == null ? null : ShipmentResponse.valueOf(response),
                r.get("revision", Number.class).longValue(), Boolean.TRUE.equals(r.get("basic_drug")),
                r.get("supply_security_class", String.class));
    }

    /** Applies a change; a revision the projection has passed changes nothing (returns false). */
    public Uni<Boolean> apply(Mutiny.Session session, SupplyStatusChanged e) {
        return upsert(session, e.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     shipment_response, revision, effective_date)
                values (:yj, :ingredient, :alternative, :class, :manufacturer, :response, :revision, :effective)
                on conflict (yj_code) do update set
                    manufacturer_code = case when product.master_version > 0 then product.manufacturer_code
                                             else coalesce(excluded.manufacturer_code, product.manufacturer_code) end,
                    shipment_response = excluded.shipment_response, revision = excluded.revision,
                    effective_date = excluded.effective_date, updated_at = now()
                where product.revision < excluded.revision""")
                .setParameter("manufacturer", e.reportedBy())
                .setParameter("response", e.shipmentResponse().name())
                .setParameter("revision", e.revision())
                .setParameter("effective", e.effectiveDate())
                .executeUpdate()
                .map(n -> n == 1);
    }

    /**
     * Applies a product's master record (its holder is the master's, not whoever reported a status); a version the
     * projection has passed changes nothing (returns false). The status columns are left as they are.
     */
    public Uni<Boolean> applyMaster(Mutiny.Session session, ProductChanged p) {
        return upsert(session, p.yjCode(), """
                insert into product (yj_code, ingredient_key, alternative_key, therapeutic_class, manufacturer_code,
                                     supply_security_class, basic_drug, product_name, master_version)
                values (:yj, :ingredient, :alternative, :class, :manufacturer, :security, :basic, :name, :version)
                on conflict (yj_code) do update set
                    manufacturer_code = excluded.manufacturer_code,
                    supply_security_class = excluded.supply_security_class, basic_drug = excluded.basic_drug,
                    product_name = excluded.product_name, master_version = excluded.master_version,
                    updated_at = now()
                where product.master_version < excluded.master_version""")
                .setParameter("manufacturer", p.manufacturerCode())
                .setParameter("security", p.supplySecurityClass() == SupplySecurityClass.NONE ? null
                        : p.supplySecurityClass().name())
                .setParameter("basic", p.basicDrug())
                .setParameter("name", p.productName())
                .setParameter("version", p.version())
                .executeUpdate()
                .map(n -> n == 1);
    }

    /**
     * An upsert of one product's row with the keys its YJ code gives bound ({@code :yj}, {@code :ingredient},
     * {@code :alternative}, {@code :class}); the caller binds the rest.
     */
    private static Mutiny.MutationQuery upsert(Mutiny.Session session, String yjCode, String statement) {
        ProductKeys keys = ProductKeys.of(yjCode);
        return session.createNativeQuery(statement)
                .setParameter("yj", yjCode)
                .setParameter("ingredient", keys.ingredientKey())
                .setParameter("alternative", keys.alternativeKey())
                .setParameter("class", keys.therapeuticClass());
    }

    /** Products of the same ingredient, form and strength that ship normally now (at most 20). */
    public Uni<List<SupplyStatusAlert.Alternative>> alternatives(Mutiny.Session session, String yjCode) {
        return session.createNativeQuery("""
                select yj_code, manufacturer_code from product
                where alternative_key = :key and yj_code <> :yj and shipment_response = 'NORMAL'
                order by yj_code limit 20""", Tuple.class)
                .setParameter("key", ProductKeys.of(yjCode).alternativeKey())
                .setParameter("yj", yjCode)
                .getResultList()
                .map(rows -> rows.stream().map(ProductProjection::alternative).toList());
    }

    /** The one place a product row becomes an {@link SupplyStatusAlert.Alternative}. */
    private static SupplyStatusAlert.Alternative alternative(Tuple r) {
        return new SupplyStatusAlert.Alternative(r.get("yj_code", String.class), r.get("manufacturer_code", String.class));
    }
}
