package org.shortagewatch.allocation.domain;

import java.util.List;
import java.util.Map;

import org.shortagewatch.events.MaldistributionRule;

/**
 * What a detector found in the current data: a condition that holds now, with its evidence.
 *
 * @param subjectKey what the condition is about, unique per rule and ingredient (the facility and product, the
 *        prefecture ...): the same condition found again is the same finding
 * @param fingerprint the material part of the evidence: a finding is revised only when it changes
 */
public record Detection(MaldistributionRule rule, String subjectKey, String ingredientKey, String yjCode,
        String prefectureCode, List<String> facilityCodes, List<String> wholesalerCodes, DateRange period,
        String summaryJa, String summaryEn, Map<String, Object> evidence, String fingerprint) {

    public Detection {
        facilityCodes = List.copyOf(facilityCodes);
        wholesalerCodes = List.copyOf(wholesalerCodes);
    }
}
