package org.shortagewatch.portal.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The link to another page of a paged list: the same path and query (what was searched and filtered stays as it
 * was), with {@code page} set to the page wanted; and the page a maker's confirmation (変更なし) goes back to.
 */
public final class PageLinks {

    private static final String MAKER_PRODUCTS = "/maker/products";

    /** The maker's product list, or one product's report form, with a query or none. */
    private static final Pattern MAKERS_PAGE = Pattern.compile("/maker/products(/[0-9A-Za-z]+/report)?(\\?[^#\\\\]*)?");

    private PageLinks() {
    }

    /** {@code path} with its raw query ({@code q=%E9%8C%A0&page=2}, or null) and {@code page} as {@code page=N}. */
    public static String withPage(String path, String rawQuery, int page) {
        return with(path, rawQuery, "page", String.valueOf(page));
    }

    /**
     * Where a maker goes once a product's status is confirmed unchanged: back to the maker's product page the form was
     * on ({@code back}, its path and raw query: the list as it was searched and paged, or the product's report form),
     * else the product's report form; with {@code confirmed} naming the product, so that the page says it was done.
     * Never a page of another part of the site, nor another site.
     */
    public static String confirmedOn(String back, String yjCode) {
        String code = segment(yjCode == null ? "" : yjCode);
        boolean makersPage = back != null && MAKERS_PAGE.matcher(back).matches() && Languages.backTo(back).equals(back);
        String page = makersPage ? back : MAKER_PRODUCTS + "/" + code + "/report";
        int query = page.indexOf('?');
        return query < 0 ? with(page, null, "confirmed", code)
                : with(page.substring(0, query), page.substring(query + 1), "confirmed", code);
    }

    /**
     * A typed value as one segment of a page's path, percent-encoded: a blank, "/", "?" or "#" in a code as typed
     * would otherwise end the segment or the path, or make no address at all.
     */
    public static String segment(String typed) {
        return URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code path} with its raw query (or null) and {@code name} set to {@code value} (already encoded), last. */
    private static String with(String path, String rawQuery, String name, String value) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add(name + "=" + value);
        return path + "?" + String.join("&", kept);
    }
}
