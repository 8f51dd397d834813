package org.shortagewatch.common.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.RoutingContext;

/**
 * The language a refusal is written in: Japanese, unless the caller's {@code Accept-Language} prefers English to
 * Japanese. The API's users are Japanese manufacturers, wholesalers, pharmacies and the ministry; English is for
 * integrators who ask for it.
 */
public enum Language {
    JA, EN;

    public static final String ACCEPT_LANGUAGE = "Accept-Language";

    /**
     * The caller's choice from its {@code Accept-Language} header (null when it sent none), in the header's order of
     * preference (q values applied, a q of 0 refusing the language). An entry that is not well-formed
     * ({@code en;q=abc}, {@code en;level=1}) is passed over as if absent: a refusal must be answered in some language,
     * and a bad header is no reason for a 500.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return JA;
        }
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String entry : acceptLanguage.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(entry.strip()));
            } catch (IllegalArgumentException malformed) {
                // passed over
            }
        }
        ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0 && language.equals("en")) {
                return EN;
            }
            if (range.getWeight() > 0 && language.equals("ja")) {
                return JA;
            }
        }
        return JA;
    }

    /** The caller's choice, for a request answered by a Vert.x route before JAX-RS sees it. */
    public static Language requestedBy(RoutingContext context) {
        return of(context.request().getHeader(ACCEPT_LANGUAGE));
    }

}
