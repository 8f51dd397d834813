package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void japaneseFirstEnglishByChoiceOrByTheBrowser() {
        assertEquals(Languages.JAPANESE, Languages.choose(null, List.of()));
        assertEquals(Languages.JAPANESE, Languages.choose(null, List.of(Locale.GERMAN)));
        assertEquals(Languages.ENGLISH, Languages.choose(null, List.of(Locale.GERMAN, Locale.US, Locale.JAPAN)));
        assertEquals(Languages.JAPANESE, Languages.choose(null, List.of(Locale.JAPAN, Locale.US)));
        assertEquals(Languages.JAPANESE, Languages.choose("ja", List.of(Locale.US)), "a choice beats the browser");
        assertEquals(Languages.ENGLISH, Languages.choose(" EN ", List.of(Locale.JAPAN)));
        assertEquals(Languages.JAPANESE, Languages.choose("fr", List.of()), "an unknown choice is no choice");
    }

    @Test
    void aChoiceKeepsJapaneseOrEnglishOnly() {
        assertEquals("en", Languages.codeOrJapanese("EN"));
        assertEquals("ja", Languages.codeOrJapanese("ja"));
        assertEquals("ja", Languages.codeOrJapanese("fr"));
        assertEquals("ja", Languages.codeOrJapanese(null));
    }

    @Test
    void theLanguageSwitchReturnsOnlyToAPathOfThisSite() {
        assertEquals("/products?q=x", Languages.backTo("/products?q=x"));
        assertEquals("/", Languages.backTo(null));
        assertEquals("/", Languages.backTo("https://evil.example/"));
        assertEquals("/", Languages.backTo("//evil.example/"));
        assertEquals("/", Languages.backTo("/\\evil.example/"));
        assertEquals("/products?q=%E3%81%82%20b", Languages.backTo("/products?q=%E3%81%82%20b"));
        assertEquals("/", Languages.backTo("/products?q=a b"), "a link no page of this site makes");
        assertEquals("/", Languages.backTo("/products?q=%zz"));
    }

    @Test
    void acceptLanguageIsReadLenientlyInOrderOfPreference() {
        assertEquals(List.of(Locale.forLanguageTag("en-US"), Locale.ENGLISH, Locale.JAPANESE),
                Languages.acceptable("ja;q=0.5, en-US, en;q=0.8"));
        assertEquals(List.of(Locale.ENGLISH), Languages.acceptable("fr;q=abc, en;q=0.5, de;q=0"));
        for (String bad : new String[] {"en;q=abc", "en;q=2", "en;q=", "en;q=0.1234", "en;q=1e-1", "en;level=1",
                ";;,", "", "*", "日本語"}) {
            assertEquals(List.of(), Languages.acceptable(bad), bad);
            assertEquals(Languages.JAPANESE, Languages.choose(null, Languages.acceptable(bad)), bad);
        }
        assertEquals(List.of(), Languages.acceptable(null));
        assertEquals(List.of(Locale.ENGLISH), Languages.acceptable("EN;Q=1.000"));
        assertEquals("en;q=0.5, de;q=0", Languages.wellFormed("fr;q=abc, en;q=0.5, de;q=0"));
        assertEquals(null, Languages.wellFormed("en;q=2"));
    }
}
