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
     * reported first (changes reported at once, the later revision first), whatever day each takes effect; with
     * {@code before}, the next ones after that change in this order (none when there is no such change).
     */
    public Uni<List<StatusChange>> latestOf(String manufacturerCode, Long before, int limit) {
        String after = before == null ? "" : " and exists (select 1 from StatusChange b where b.id = ?2"
                + " and (b.reportedAt > c.reportedAt or (b.reportedAt = c.reportedAt and b.id > c.id)))";
        Object[] parameters = before == null ? new Object[] {manufacturerCode}
                : new Object[] {manufacturerCode, before};
        return find("from StatusChange c where c.yjCode in (select p.yjCode from Product p"
                + " where p.manufacturerCode = ?1)" + after + " order by c.reportedAt desc, c.id desc", parameters)
                .page(0, limit).list();
    }
}
