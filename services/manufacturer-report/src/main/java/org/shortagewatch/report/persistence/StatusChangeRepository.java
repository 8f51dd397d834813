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
     * The latest {@code limit} changes to the products an organisation holds, across all of them: the most recently
     * reported first (changes reported at once, the later revision first), whatever day each takes effect.
     */
    public Uni<List<StatusChange>> latestOf(String manufacturerCode, int limit) {
        return find("yjCode in (select p.yjCode from Product p where p.manufacturerCode = ?1)"
                + " order by reportedAt desc, id desc", manufacturerCode).page(0, limit).list();
    }
}
