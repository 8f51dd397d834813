package org.shortagewatch.allocation.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/**
 * Reads a product's current status as the entity {@link ProductStatus}, on the Hibernate Reactive session. The
 * consumer's reads and writes of the same row run on the SQL client ({@link ProductStatusStore}).
 */
@ApplicationScoped
public class ProductStatusRepository implements PanacheRepositoryBase<ProductStatus, String> {
}
