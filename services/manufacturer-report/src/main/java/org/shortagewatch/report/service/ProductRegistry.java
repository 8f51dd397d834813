package org.shortagewatch.report.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.rest.FieldNames;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.Gs1Code;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.ProductMasterWriter;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Registers and updates products' master records, one over the API or a national list's worth from a bulk job, the
 * same way: every product written is one version more and announced by a {@code ProductChanged} event in the same
 * transaction.
 */
@ApplicationScoped
public class ProductRegistry {

    @Inject
    Pool pool;

    @Inject
    ProductMasterWriter writer;

    @Inject
    ProductCatalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** A product as registered, and whether it is new. */
    public record Registration(Product product, boolean created) {
    }

    /**
     * Registers or updates one product for the caller, barcodes and pack sizes included: a manufacturer registers
     * and updates its own products, an admin registers or reassigns any.
     */
    public Uni<Registration> register(ProductDetails details) {
        if (!caller.actsFor(details.manufacturerCode())) {
            return Uni.createFrom().failure(
                    ProblemException.forbidden(Text.of("登録できるのは自社の品目だけです",
                            "you register products for your own organisation only")));
        }
        List<String> gs1Codes = details.gs1Codes();
        for (int i = 0; i < gs1Codes.size(); i++) {
            if (!Gs1Code.isValid(gs1Codes.get(i))) {
                return Uni.createFrom().failure(ProblemException.invalidField(FieldNames.item("gs1Codes", i),
                        Text.of("「" + gs1Codes.get(i) + "」は GS1 コードではありません（末尾がチェックデジットの 13 桁または 14 桁）",
                                "'" + gs1Codes.get(i)
                                        + "' is not a GS1 code: 13 or 14 digits ending in their check digit")));
            }
        }
        String yj = details.yjCode();
        return pool.withTransaction(c -> catalog.holders(c, List.of(yj)).chain(holders -> {
            String holder = holders.get(yj);
            if (holder != null && !caller.actsFor(holder)) {
                return Uni.createFrom().failure(ProblemException.forbidden(
                        Text.of(yj + " は他の製造販売業者の品目です", yj + " is held by another manufacturer")));
            }
            boolean created = holder == null;
            if (created && !YjCode.fitsANewProduct(yj)) {
                return Uni.createFrom().failure(
                        ProblemException.invalidField("yjCode", YjCode.checkCharacterMismatch(yj)));
            }
            return upsert(c, List.of(details), true, false)
                    .call(() -> audit.record(c, created ? AuditAction.PRODUCT_REGISTER : AuditAction.PRODUCT_UPDATE,
                            yj))
                    .map(written -> new Registration(written.get(0), created));
        }));
    }

    /**
     * Registers or updates the products of a national-list file in the caller's transaction (the one that finishes
     * its bulk job). The list has no barcodes or pack sizes: an updated product keeps its own, and so does its event.
     * A product the file repeats as it is gets no new version and no event.
     *
     * @return how many of the products were unchanged
     */
    public Uni<Integer> registerAll(SqlConnection c, List<ProductDetails> products) {
        return upsert(c, products, false, true).map(written -> products.size() - written.size());
    }

    /**
     * The one way a master record changes: the products upserted in YJ-code order (the same lock order for every
     * writer), each one version more, and each announced in the outbox as it now is.
     *
     * @param withPackaging whether the products' barcodes and pack sizes replace the stored ones
     * @param skipUnchanged whether products whose master record is already as given are left as they are
     * @return the products as written, in YJ-code order (without those left as they were)
     */
    private Uni<List<Product>> upsert(SqlConnection c, List<ProductDetails> products, boolean withPackaging,
            boolean skipUnchanged) {
        List<ProductDetails> sorted = new ArrayList<>(products);
        sorted.sort(Comparator.comparing(ProductDetails::yjCode));
        return writer.upsert(c, sorted, skipUnchanged)
                .call(() -> withPackaging ? writer.replacePackaging(c, sorted) : Uni.createFrom().voidItem())
                .chain(written -> {
                    List<Product> stored = sorted.stream().filter(p -> written.containsKey(p.yjCode()))
                            .map(p -> stored(p, written, withPackaging)).toList();
                    return outbox.appendAll(c, stored.stream()
                            .map(p -> ProductEvents.changed(p.details(), p.version, p.updatedAt)).toList())
                            .replaceWith(stored);
                });
    }

    private static Product stored(ProductDetails details, Map<String, ProductMasterWriter.Written> written,
            boolean withPackaging) {
        ProductMasterWriter.Written w = written.get(details.yjCode());
        Product product = new Product();
        product.apply(withPackaging ? details : details.withPackaging(w.gs1Codes(), w.packSizes()));
        product.version = w.version();
        product.registeredAt = w.registeredAt();
        product.updatedAt = w.updatedAt();
        return product;
    }
}
