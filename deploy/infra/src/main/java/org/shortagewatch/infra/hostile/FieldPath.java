package org.shortagewatch.infra.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a field stands in a JSON body, as the service names it in {@code errors[].field}: properties joined by dots,
 * array items by their index in brackets ({@code targetProducts[0].yjCode}). The root is the empty path.
 */
record FieldPath(List<Object> steps) {

    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath property(String name) {
        List<Object> more = new ArrayList<>(steps);
        more.add(name);
        return new FieldPath(List.copyOf(more));
    }

    FieldPath item(int index) {
        List<Object> more = new ArrayList<>(steps);
        more.add(index);
        return new FieldPath(List.copyOf(more));
    }

    boolean isRoot() {
        return steps.isEmpty();
    }

    FieldPath parent() {
        return new FieldPath(steps.subList(0, steps.size() - 1));
    }

    Object last() {
        return steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }
}
