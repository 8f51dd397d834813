package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void japaneseUnlessEnglishIsPreferredToJapanese() {
        assertEquals(Language.JA, Language.of((String) null));
        assertEquals(Language.JA, Language.of(""));
        assertEquals(Language.JA, Language.of("fr, *"));
        assertEquals(Language.EN, Language.of("en-GB"));
        assertEquals(Language.EN, Language.of("fr, en"));
        assertEquals(Language.JA, Language.of("ja-JP, en"));
        assertEquals(Language.EN, Language.of("ja;q=0.5, en"));
        assertEquals(Language.JA, Language.of("en;q=0, ja;q=0.1"));
    }

    /** A malformed entry is passed over; the answer is still in a language, never a failure. */
    @Test
    void aMalformedEntryIsPassedOver() {
        for (String header : new String[] {"en;q=abc", "en;q=2", "en;q=", "en;level=1", ";;;", "en;q=-1"}) {
            assertEquals(Language.JA, Language.of(header), header);
        }
        assertEquals(Language.EN, Language.of("ja;q=abc, en"));
        assertEquals(Language.EN, Language.of("en;q=0.1234, en-GB;q=0.5"));
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
