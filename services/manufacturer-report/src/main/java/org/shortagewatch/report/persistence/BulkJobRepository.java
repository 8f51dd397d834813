package org.shortagewatch.report.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BulkJobRepository implements PanacheRepositoryBase<BulkJob, UUID> {

    /** How many of the job's recorded changes the outbox relay has published to Kafka. */
    public Uni<Long> eventsPublished(UUID jobId) {
        return getSession().chain(session -> session.createNativeQuery("""
                select count(*) from status_change s join outbox o on o.event_id = s.event_id
                where s.bulk_job_id = :job and o.published_at is not null""", Long.class)
                .setParameter("job", jobId)
                .getSingleResult());
    }
}
