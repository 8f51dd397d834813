package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A refusal of the status-change form, placed where the manufacturer reads it: each detail beside the input of the
 * field the service named ({@code errors[].field}, or the last step of its JSON pointer, without an item's index:
 * {@code gs1Codes[0]} is the input {@code gs1Codes}), and what names no input of the form (the product itself, the
 * body as a whole, a field this form does not have) above the form. Another form with its own inputs (the operator's
 * product form) places its refusal the same way.
 */
public final class StatusFormErrors {

    /** The form's inputs, named as the service names its fields. */
    public static final Set<String> INPUTS = Set.of("shipmentResponse", "reason", "causeYjCode", "resolutionOutlook",
            "expectedResolutionDate", "expectedResolutionPrecision", "shipmentVolume", "volumeImprovementDate",
            "volumeImprovementPrecision", "volumeImprovementAmount", "effectiveDate", "effectiveDateCertainty");

    /** One refused field as the service named it (its field, else its JSON pointer) and what it said. */
    public record FieldProblem(String field, String pointer, String detail) {
    }

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<FieldProblem> elsewhere = new ArrayList<>();

    private StatusFormErrors() {
    }

    public static StatusFormErrors of(List<FieldProblem> problems) {
        return of(problems, INPUTS);
    }

    /** The problems placed at the inputs of a form that has {@code inputs}. */
    public static StatusFormErrors of(List<FieldProblem> problems, Set<String> inputs) {
        StatusFormErrors errors = new StatusFormErrors();
        for (FieldProblem p : problems == null ? List.<FieldProblem>of() : problems) {
            String input = input(p, inputs);
            if (input == null) {
                errors.elsewhere.add(p);
            } else {
                errors.byInput.computeIfAbsent(input, i -> new ArrayList<>()).add(p.detail());
            }
        }
        return errors;
    }

    /**
     * The form's input a problem belongs to, or null: its field ({@code reason}, or a path ending in it such as
     * {@code report.reason}), else its pointer ({@code #/reason}).
     */
    public static String input(FieldProblem p) {
        return input(p, INPUTS);
    }

    /**
     * The input of {@code inputs} a problem belongs to, or null: the last step of its field's path (or else of its
     * pointer) that names one, so that {@code targetProducts[0].yjCode} belongs to {@code targetProducts} when the
     * form has one input for all the target products.
     */
    public static String input(FieldProblem p, Set<String> inputs) {
        for (String name : new String[] {p.field(), p.pointer()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String[] steps = name.split("[./#\\[\\]]+");
            for (int i = steps.length - 1; i >= 0; i--) {
                if (inputs.contains(steps[i])) {
                    return steps[i];
                }
            }
        }
        return null;
    }

    /** What the service said of this input (empty when nothing). */
    public List<String> at(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    /** Whether the service said anything of this input. */
    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** The inputs refused, in the service's order: the first is where the cursor goes. */
    public List<String> inputs() {
        return List.copyOf(byInput.keySet());
    }

    /** The problems that name no input of the form. */
    public List<FieldProblem> elsewhere() {
        return elsewhere;
    }
}
