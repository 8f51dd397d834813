package org.shortagewatch.allocation.service;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.allocation.persistence.WholesalerDataRepository;
import org.shortagewatch.allocation.persistence.WholesalerDataRepository.UnitMismatch;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * Takes in validated records: their units must be their products' units, then they are stored. Runs inside the
 * caller's transaction, so a refused batch leaves nothing behind.
 */
@ApplicationScoped
public class WholesalerDataIntake {

    @Inject
    WholesalerDataRepository data;

    /**
     * Stores the records.
     *
     * @param errorOf names the offending field (and, for CSV, the cell) of a record whose unit is wrong
     * @return the distinct ingredient keys the records are about, sorted
     */
    public Uni<List<String>> store(Mutiny.Session session, List<WholesalerRecord> records,
            Function<UnitMismatch, Problem.FieldError> errorOf) {
        return data.checkUnits(session, records).chain(mismatches -> {
            if (!mismatches.isEmpty()) {
                List<Problem.FieldError> errors = mismatches.stream().limit(100).map(errorOf).toList();
                return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                        errors.get(0).detail(), errors));
            }
            return data.upsert(session, records).replaceWith(() -> records.stream()
                    .map(WholesalerRecord::ingredientKey).distinct().sorted().toList());
        });
    }

    /** The words of a unit mismatch. */
    public static String describe(UnitMismatch m) {
        return "'" + m.unit() + "' is not the unit of " + m.yjCode() + ", which is counted in '" + m.expected() + "'";
    }
}
