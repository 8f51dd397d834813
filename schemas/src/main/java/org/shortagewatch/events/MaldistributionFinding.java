package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sign of maldistribution (偏在) found, changed or resolved (schema {@code maldistribution-finding.v1.json}).
 * Published by wholesaler-allocation; record key = {@code ingredientKey}, CloudEvents subject = {@code findingId}.
 *
 * @param findingId the finding, the same on every revision
 * @param revision position in the finding's history, from 1; consumers ignore revisions they have passed
 * @param rule the detector that found it
 * @param status open while the condition holds; resolved in the finding's last event
 * @param ingredientKey the first 7 characters of the YJ code
 * @param yjCode the product, when the finding is about one
 * @param prefectureCode the prefecture (01-47), when the finding is about one
 * @param facilityCodes the facilities it concerns (may be empty, never null)
 * @param wholesalerCodes the wholesalers it concerns (may be empty, never null)
 * @param wholesalerNames the names allocation's registry had for those wholesalers when the event was written, by
 *        code; a code it does not name is absent, and the whole map is null when it names none of them (and in events
 *        written before the names were carried)
 * @param periodStart first day the evidence covers
 * @param periodEnd last day the evidence covers
 * @param summaryJa the finding stated plainly, in Japanese
 * @param summaryEn the same, in English
 * @param evidence what it rests on: numbers and strings (and maps of them) by name
 * @param detectedAt when the finding was first detected
 * @param resolvedAt when it was resolved; present exactly when {@code status} is RESOLVED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaldistributionFinding(
        UUID findingId,
        long revision,
        MaldistributionRule rule,
        FindingStatus status,
        String ingredientKey,
        String yjCode,
        String prefectureCode,
        List<String> facilityCodes,
        List<String> wholesalerCodes,
        Map<String, String> wholesalerNames,
        LocalDate periodStart,
        LocalDate periodEnd,
        String summaryJa,
        String summaryEn,
        Map<String, Object> evidence,
        Instant detectedAt,
        Instant resolvedAt) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.maldistribution.finding.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "maldistribution";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/maldistribution-finding.v1.json";

    public MaldistributionFinding {
        facilityCodes = facilityCodes == null ? List.of() : List.copyOf(facilityCodes);
        wholesalerCodes = wholesalerCodes == null ? List.of() : List.copyOf(wholesalerCodes);
        wholesalerNames = wholesalerNames == null || wholesalerNames.isEmpty() ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(wholesalerNames));
        evidence = evidence == null ? Map.of() : evidence;
    }

    /** A finding that names none of its wholesalers. */
    public MaldistributionFinding(UUID findingId, long revision, MaldistributionRule rule, FindingStatus status,
            String ingredientKey, String yjCode, String prefectureCode, List<String> facilityCodes,
            List<String> wholesalerCodes, LocalDate periodStart, LocalDate periodEnd, String summaryJa,
            String summaryEn, Map<String, Object> evidence, Instant detectedAt, Instant resolvedAt) {
        this(findingId, revision, rule, status, ingredientKey, yjCode, prefectureCode, facilityCodes, wholesalerCodes,
                null, periodStart, periodEnd, summaryJa, summaryEn, evidence, detectedAt, resolvedAt);
    }

    /**
     * The same finding, naming each of its wholesalers that {@code namesByCode} names (in the order of
     * {@code wholesalerCodes}), and none that it does not.
     */
    public MaldistributionFinding namingWholesalers(Map<String, String> namesByCode) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : wholesalerCodes) {
            String name = namesByCode.get(code);
            if (name != null) {
                names.put(code, name);
            }
        }
        return new MaldistributionFinding(findingId, revision, rule, status, ingredientKey, yjCode, prefectureCode,
                facilityCodes, wholesalerCodes, names, periodStart, periodEnd, summaryJa, summaryEn, evidence,
                detectedAt, resolvedAt);
    }

    /** The name the event carries for the wholesaler {@code code}, or null when it carries none. */
    public String wholesalerName(String code) {
        return wholesalerNames == null ? null : wholesalerNames.get(code);
    }

    /** The ingredient key of a YJ code: its first 7 characters. */
    public static String ingredientKeyOf(String yjCode) {
        return yjCode.substring(0, 7);
    }
}
