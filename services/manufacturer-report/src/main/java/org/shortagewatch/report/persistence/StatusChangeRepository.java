package org.shortagewatch.report.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    /**
     * A product's changes along its timeline, latest first: by effective date, then by revision (a later report
     * effective the same day supersedes an earlier one).
     */
    public Uni<List<StatusChange>> history(String yjCode) {
        return list("yjCode = ?1 order by effectiveDate desc, revision desc", yjCode);
    }

    /**
     * The product's next revision number: increments its counter row, which stays locked until the caller's
     * transaction ends, so concurrent reports on one product are numbered one after the other without gaps.
     */
    public Uni<Long> nextRevision(String yjCode) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into product_revision (yj_code, revision) values (:yj, 1)
                on conflict (yj_code) do update set revision = product_revision.revision + 1
                returning revision""")
                .setParameter("yj", yjCode)
                .getSingleResult()
                .map(revision -> ((Number) revision).longValue()));
    }
}
