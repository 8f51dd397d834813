package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The link to another page of a paged list: the same path and query (what was searched and filtered stays as it
 * was), with {@code page} set to the page wanted.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** {@code path} with its raw query ({@code q=%E9%8C%A0&page=2}, or null) and {@code page} as {@code page=N}. */
    public static String withPage(String path, String rawQuery, int page) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.equals("page") && !pair.startsWith("page=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add("page=" + page);
        return path + "?" + String.join("&", kept);
    }
}
