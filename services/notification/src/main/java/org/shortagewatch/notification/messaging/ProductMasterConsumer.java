package org.shortagewatch.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.notification.persistence.ProductProjection;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the product projection's master fields (holder, supply-security class, basic-drug flag, names) from
 * manufacturer-report's product events, once per event and never behind a version already applied. It notifies
 * nobody: a master record is not a supply change. On the SQL client, in the transaction {@link OnceOnlyConsumer}
 * opens.
 */
@ApplicationScoped
public class ProductMasterConsumer {

    private static final Logger LOG = Logger.getLogger(ProductMasterConsumer.class);

    @Inject
    OnceOnlyConsumer onceOnly;

    @Inject
    ProductProjection products;

    @Incoming("products-in")
    public Uni<Void> onProduct(ConsumerRecord<String, String> record) {
        return onceOnly.apply(SupplyStatusConsumer.CONSUMER, record, ProductChanged.TYPE, ProductChanged.class,
                (connection, event, changed) -> products.applyMaster(connection, changed).invoke(applied -> {
                    if (!applied) {
                        LOG.debugf("version %d of %s is behind the projection; ignored", changed.version(),
                                changed.product().yjCode());
                    }
                }).replaceWithVoid());
    }
}
