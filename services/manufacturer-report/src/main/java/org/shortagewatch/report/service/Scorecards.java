package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.report.domain.Freshness;
import org.shortagewatch.report.domain.Scorecard;
import org.shortagewatch.report.persistence.ScorecardTimelines;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The manufacturer scorecard on a day ({@link Scorecard}): every manufacturer's line, or one manufacturer's from its
 * own products and those sharing an ingredient with them; each with its advance notice ({@link SupplyRiskReview}) and
 * its stale products ({@link FreshnessSettings}). Computed off the event loop.
 */
@ApplicationScoped
public class Scorecards {

    @Inject
    ScorecardTimelines timelines;

    @Inject
    SupplyRiskReview review;

    @Inject
    FreshnessSettings freshness;

    /** Every manufacturer's line, in code order. */
    public Uni<List<Scorecard.Line>> every(LocalDate day) {
        return Uni.combine().all().unis(timelines.every(day), review.byMaker(day)).asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(all -> Scorecard.compute(all.getItem1(), day, rule(), judgedAt(day)).stream()
                        .map(line -> line.withAdvanceNotice(all.getItem2().get(line.manufacturerCode())))
                        .toList());
    }

    /** One manufacturer's line, or none when it holds no product. */
    public Uni<List<Scorecard.Line>> of(String manufacturerCode, LocalDate day) {
        return Uni.combine().all().unis(timelines.around(manufacturerCode, day), review.byMaker(manufacturerCode, day))
                .asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(both -> Scorecard.lineOf(manufacturerCode, both.getItem1(), day, rule(), judgedAt(day))
                        .map(line -> line.withAdvanceNotice(both.getItem2().get(manufacturerCode))).stream().toList());
    }

    private Freshness rule() {
        return new Freshness(freshness.staleAfter());
    }

    /** As the national list judges the day: its end in Japan, or now when that is earlier. */
    private static Instant judgedAt(LocalDate day) {
        return Freshness.judgedAt(day, Instant.now());
    }
}
