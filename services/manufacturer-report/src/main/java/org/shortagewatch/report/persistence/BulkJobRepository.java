package org.shortagewatch.report.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Bulk jobs read as entities (on the Hibernate Reactive session); the queue's writes are {@link BulkJobQueue}'s. */
@ApplicationScoped
public class BulkJobRepository implements PanacheRepositoryBase<BulkJob, UUID> {
}
