package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void japaneseUnlessEnglishIsPreferredToJapanese() {
        assertEquals(Language.JA, Language.of(null));
        assertEquals(Language.JA, Language.of(List.of()));
        assertEquals(Language.JA, Language.of(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("*"))));
        assertEquals(Language.EN, Language.of(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Language.EN, Language.of(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("en"))));
        assertEquals(Language.JA, Language.of(List.of(Locale.forLanguageTag("ja-JP"), Locale.forLanguageTag("en"))));
    }

    @Test
    void aFieldErrorIsWrittenInTheCallersLanguage() {
        Problem.FieldError error = Problem.FieldError.of("yjCode", Text.of("12 桁の YJ コードにしてください",
                "must be a 12-character YJ code"));
        assertEquals("12 桁の YJ コードにしてください", error.in(Language.JA).detail());
        assertEquals("must be a 12-character YJ code", error.in(Language.EN).detail());
        assertEquals("#/yjCode", error.in(Language.JA).pointer());
        Problem.FieldError englishOnly = Problem.FieldError.of("q", "too long");
        assertEquals("too long", englishOnly.in(Language.JA).detail());
    }

    @Test
    void everyTitleTheServicesUseHasAJapaneseOne() {
        for (String title : new String[] {"Invalid request", "Malformed JSON", "Unauthorized", "Forbidden", "Not Found",
                "Conflict", "Unsupported Media Type", "Unprocessable Content", "Too Many Requests",
                "Internal Server Error", "Service Unavailable", "Payload Too Large"}) {
            assertEquals(true, ProblemTitles.hasJapanese(title), title);
        }
        assertEquals("見つかりません", ProblemTitles.in(Language.JA, "Not Found"));
        assertEquals("Not Found", ProblemTitles.in(Language.EN, "Not Found"));
    }
}
