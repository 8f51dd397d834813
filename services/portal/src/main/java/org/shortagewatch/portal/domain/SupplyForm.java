package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wholesaler's supply form (a product's supply for a period): the units as the service reads them, and a refusal
 * placed where the wholesaler reads it, each detail beside the input of the field the service named (its field or its
 * pointer, the last step of either: {@code putSupply.yj} is the product's input), the rest above the form.
 */
public final class SupplyForm {

    /** The form's inputs, named as the service names its fields ({@code yj} is the path's name for the product). */
    static final Map<String, String> INPUTS = Map.of("yj", "yjCode", "yjCode", "yjCode", "periodStart", "periodStart",
            "periodEnd", "periodEnd", "supplyUnits", "supplyUnits", "unit", "unit");

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<String> elsewhere = new ArrayList<>();

    private SupplyForm() {
    }

    /**
     * The units as sent: a whole number as a number, anything else as typed (the service then names the field and says
     * what it needs), nothing when blank.
     */
    public static Object units(String typed) {
        String s = FormInput.text(typed);
        if (s == null) {
            return null;
        }
        try {
            return Long.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** A refusal's problems placed at the form's inputs. */
    public static SupplyForm errors(List<StatusFormErrors.FieldProblem> problems) {
        SupplyForm form = new SupplyForm();
        for (StatusFormErrors.FieldProblem p : problems == null ? List.<StatusFormErrors.FieldProblem>of() : problems) {
            String input = input(p.field());
            if (input == null) {
                input = input(p.pointer());
            }
            if (input == null) {
                form.elsewhere.add(p.detail());
            } else {
                form.byInput.computeIfAbsent(input, i -> new ArrayList<>()).add(p.detail());
            }
        }
        return form;
    }

    private static String input(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return INPUTS.get(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1));
    }

    /** What the service said of this input (empty when nothing). */
    public List<String> at(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** What names no input of the form. */
    public List<String> elsewhere() {
        return elsewhere;
    }
}
