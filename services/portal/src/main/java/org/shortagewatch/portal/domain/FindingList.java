package org.shortagewatch.portal.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A wholesaler's open findings as its page lists them: newest first (by when each was detected; the service's order,
 * the latest change first, among equals), narrowed to a product or an ingredient when one is chosen, with the
 * products and ingredients the findings name offered as the filter's choices.
 */
public final class FindingList {

    private FindingList() {
    }

    /**
     * The findings about {@code chosen} (a YJ code: that product; seven characters: that ingredient; blank: all),
     * newest first.
     */
    public static <F> List<F> of(List<F> findings, String chosen, Function<F, String> yjCode,
            Function<F, String> ingredientKey, Function<F, Instant> detectedAt) {
        String c = chosen == null ? "" : FormInput.code(chosen);
        return findings.stream()
                .filter(f -> c.isEmpty() || c.equals(yjCode.apply(f)) || c.equals(ingredientKey.apply(f)))
                .sorted(Comparator.comparing(detectedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The filter's choices: every ingredient and product the findings name, each once, in code order. */
    public static <F> List<String> choices(List<F> findings, Function<F, String> yjCode,
            Function<F, String> ingredientKey) {
        TreeSet<String> codes = new TreeSet<>();
        for (F f : findings) {
            if (ingredientKey.apply(f) != null) {
                codes.add(ingredientKey.apply(f));
            }
            if (yjCode.apply(f) != null) {
                codes.add(yjCode.apply(f));
            }
        }
        return List.copyOf(codes);
    }

    /** Whether a choice is an ingredient (its seven-character key) rather than a product. */
    public static boolean isIngredient(String code) {
        return code != null && code.length() == 7;
    }
}
