package org.shortagewatch.allocation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

/**
 * Turns what the detectors found now into finding events, against the findings still open for the ingredient: a
 * condition found for the first time opens a finding (revision 1); one still found is revised only when its evidence
 * materially changed (its fingerprint); an open finding whose condition is no longer found is resolved. Nothing
 * unchanged produces an event, so nobody is told the same thing twice.
 */
public final class FindingReconciler {

    /** A finding that is open now, as stored. */
    public record OpenFinding(UUID findingId, MaldistributionRule rule, String subjectKey, long revision,
            String fingerprint, Instant detectedAt, MaldistributionFinding last) {
    }

    /** One event to publish, with what must be stored about it. */
    public record Change(MaldistributionFinding event, String subjectKey, String fingerprint) {

        /** The same change, its event naming the wholesalers that {@code namesByCode} names. */
        public Change namingWholesalers(Map<String, String> namesByCode) {
            return new Change(event.namingWholesalers(namesByCode), subjectKey, fingerprint);
        }
    }

    private FindingReconciler() {
    }

    public static List<Change> reconcile(Collection<OpenFinding> open, Collection<Detection> detected, Instant now,
            Supplier<UUID> ids) {
        Map<String, OpenFinding> openByKey = new HashMap<>();
        open.forEach(f -> openByKey.put(f.rule() + "|" + f.subjectKey(), f));
        List<Change> changes = new ArrayList<>();
        for (Detection d : detected) {
            OpenFinding existing = openByKey.remove(d.rule() + "|" + d.subjectKey());
            if (existing == null) {
                changes.add(new Change(event(d, ids.get(), 1, FindingStatus.OPEN, now, null), d.subjectKey(),
                        d.fingerprint()));
            } else if (!existing.fingerprint().equals(d.fingerprint())) {
                changes.add(new Change(event(d, existing.findingId(), existing.revision() + 1, FindingStatus.OPEN,
                        existing.detectedAt(), null), d.subjectKey(), d.fingerprint()));
            }
        }
        for (OpenFinding gone : openByKey.values()) {
            MaldistributionFinding last = gone.last();
            changes.add(new Change(new MaldistributionFinding(gone.findingId(), gone.revision() + 1, gone.rule(),
                    FindingStatus.RESOLVED, last.ingredientKey(), last.yjCode(), last.prefectureCode(),
                    last.facilityCodes(), last.wholesalerCodes(), last.periodStart(), last.periodEnd(),
                    "解消: " + last.summaryJa(), "Resolved: " + last.summaryEn(), last.evidence(),
                    gone.detectedAt(), now), gone.subjectKey(), gone.fingerprint()));
        }
        return changes;
    }

    private static MaldistributionFinding event(Detection d, UUID id, long revision, FindingStatus status,
            Instant detectedAt, Instant resolvedAt) {
        return new MaldistributionFinding(id, revision, d.rule(), status, d.ingredientKey(), d.yjCode(),
                d.prefectureCode(), d.facilityCodes(), d.wholesalerCodes(), d.period().start(), d.period().end(),
                d.summaryJa(), d.summaryEn(), d.evidence(), detectedAt, resolvedAt);
    }
}
