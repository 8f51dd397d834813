package org.shortagewatch.report.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.AdvanceNotice;
import org.shortagewatch.report.persistence.AdvanceNoticeQueries;

import io.smallrye.mutiny.Uni;

/**
 * The regulator's review of the 2025 amendment's duties: changes to a shortage no supply-risk report announced, and
 * stoppage notices without a named supply-system manager; per maker, how many shortages were announced ahead.
 */
@ApplicationScoped
public class SupplyRiskReview {

    /** What the regulator's review lists for a period. */
    public record Unannounced(LocalDate from, LocalDate to, long lookbackDays, List<AdvanceNotice.Change> changes,
            List<AdvanceNoticeQueries.NoticeWithoutManager> noticesWithoutManager) {
    }

    @Inject
    AdvanceNoticeQueries queries;

    @Inject
    SupplyRiskSettings settings;

    @Inject
    Caller caller;

    /** For the regulator and an admin; anyone else is answered as for a path that does not exist. */
    public Uni<Unannounced> unannounced(LocalDate from, LocalDate to) {
        if (!caller.hasRole(Roles.REGULATOR) && !caller.isAdmin()) {
            return Uni.createFrom().failure(ProblemException.notFound(Text.of("見つかりません", "not found")));
        }
        long lookback = settings.lookback().toDays();
        return queries.shortages(from, to)
                .map(changes -> AdvanceNotice.unannounced(changes, lookback))
                .chain(changes -> queries.noticesWithoutManager(from, to)
                        .map(notices -> new Unannounced(from, to, lookback, changes, notices)));
    }

    /** Per maker code, its shortages effective up to {@code asOf} and how many were announced ahead. */
    public Uni<Map<String, AdvanceNotice.Summary>> byMaker(LocalDate asOf) {
        long lookback = settings.lookback().toDays();
        return queries.shortages(null, asOf).map(changes -> AdvanceNotice.byMaker(changes, lookback));
    }

    /** {@link #byMaker(LocalDate)} of one maker's products only (its summary alone, or none). */
    public Uni<Map<String, AdvanceNotice.Summary>> byMaker(String manufacturerCode, LocalDate asOf) {
        long lookback = settings.lookback().toDays();
        return queries.shortagesOf(manufacturerCode, asOf).map(changes -> AdvanceNotice.byMaker(changes, lookback));
    }
}
