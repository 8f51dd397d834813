package org.shortagewatch.common.rest;

import java.util.regex.Pattern;

/**
 * How a refusal names a field of the request in {@code errors[].field}, as the client wrote it in JSON: properties
 * joined by dots, an item of a list by its index in brackets ({@code gs1Codes[0]}, {@code targetProducts[0].yjCode}).
 * Bean Validation's paths, Jackson's and a service's own checks all name fields this way.
 */
public final class FieldNames {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private FieldNames() {
    }

    /** The property {@code name} of the field at {@code path} (the body itself when the path is empty). */
    public static String property(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }

    /** The item at {@code index} (a list's index, or a map's key) of the field at {@code path}. */
    public static String item(String path, Object index) {
        return path + "[" + index + "]";
    }

    /** The JSON pointer to a named field: {@code targetProducts[0].yjCode} is {@code #/targetProducts/0/yjCode}. */
    static String pointer(String field) {
        return field == null ? null : "#/" + INDEX.matcher(field).replaceAll("/$1").replace('.', '/');
    }
}
