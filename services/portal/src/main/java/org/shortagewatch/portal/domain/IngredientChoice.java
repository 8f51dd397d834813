package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which ingredient the regulator's map is about, from what was typed: a YJ code (its first 7 characters are the
 * ingredient key), an ingredient key itself, or a name, which is looked up in the product list and offered as the
 * ingredients found.
 */
public final class IngredientChoice {

    /** The ingredient key: the first 7 characters of a YJ code (4 digits of class, 3 of route and ingredient). */
    private static final Pattern KEY = Pattern.compile("[0-9]{4}[0-9A-Z]{3}");

    /** One ingredient found: its key and its name as the product list writes it. */
    public record Candidate(String key, String name) {
    }

    private IngredientChoice() {
    }

    /** The ingredient key of a YJ code or of a key as typed (in any case), or null when the text is neither. */
    public static String keyOf(String typed) {
        if (typed == null) {
            return null;
        }
        String text = FormInput.code(typed);
        if (YjCode.isComplete(text)) {
            return text.substring(0, 7);
        }
        return KEY.matcher(text).matches() ? text : null;
    }

    /** What a refusal said of the ingredient key (its field, or a path or pointer ending in it), for the search box. */
    public static List<String> refusedKey(List<StatusFormErrors.FieldProblem> fields) {
        List<String> said = new ArrayList<>();
        for (StatusFormErrors.FieldProblem p : fields) {
            if (endsWithKey(p.field()) || endsWithKey(p.pointer())) {
                said.add(p.detail());
            }
        }
        return said;
    }

    private static boolean endsWithKey(String name) {
        return name != null && name.endsWith("ingredientKey");
    }

    /** The distinct ingredients of the products found, in the order found; products without a key are left out. */
    public static <T> List<Candidate> candidates(List<T> products, Function<T, String> key, Function<T, String> name) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (T p : products) {
            String k = key.apply(p);
            if (k != null && !found.containsKey(k)) {
                found.put(k, new Candidate(k, name.apply(p)));
            }
        }
        return new ArrayList<>(found.values());
    }
}
