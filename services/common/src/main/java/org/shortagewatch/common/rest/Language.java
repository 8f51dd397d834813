package org.shortagewatch.common.rest;

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

    /** The caller's choice from {@code Accept-Language}, in the header's order of preference (q values applied). */
    public static Language of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if ("en".equals(language)) {
                    return EN;
                }
                if ("ja".equals(language)) {
                    return JA;
                }
            }
        }
        return JA;
    }

    /** The caller's choice, for a request answered by a Vert.x route before JAX-RS sees it. */
    public static Language requestedBy(RoutingContext context) {
        return of(context.acceptableLanguages().stream().map(header -> Locale.forLanguageTag(header.tag())).toList());
    }
}
