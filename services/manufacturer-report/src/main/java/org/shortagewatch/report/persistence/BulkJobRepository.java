package org.shortagewatch.report.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Bulk jobs read as entities (on the Hibernate Reactive session); the queue's writes are {@link BulkJobQueue}'s. */
@ApplicationScoped
public class BulkJobRepository implements PanacheRepositoryBase<BulkJob, UUID> {

    /**
     * One job, or null, on a session opened for this read alone and closed once it is done, so that its connection is
     * never held while the caller works on the SQL client, before or after.
     */
    public Uni<BulkJob> read(UUID id) {
        return Panache.withSession(() -> findById(id));
    }

    /** One page (from 1) of the jobs of {@code org}, or of every organisation for null, newest first. */
    public Uni<List<BulkJob>> newestFirst(String org, int page, int size) {
        Sort newest = Sort.descending("submittedAt", "id");
        return (org == null ? findAll(newest) : find("org", newest, org)).page(Page.of(page - 1, size)).list();
    }

    /** How many jobs {@code org} has, or every organisation for null. */
    public Uni<Long> countOf(String org) {
        return org == null ? count() : count("org", org);
    }
}
