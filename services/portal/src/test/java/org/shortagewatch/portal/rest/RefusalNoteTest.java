package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service's refusal above a page: what it means for the user and, but for a 404, what the service said. A 404's
 * detail names an internal id in the service's own words (購読 ... はありません), or hides another organisation's
 * object; the user is told what may have happened and what to do instead.
 */
@QuarkusTest
class RefusalNoteTest {

    private static final String NO_SUBSCRIPTION = "購読 7f9be577-1f4c-4f3a-9d55-0c3c2f1f0a11 はありません";

    @Inject
    Engine engine;

    @Test
    void aNotFoundSaysWhatMayHaveHappenedWithoutTheServicesWords() {
        String ja = note(new Refusal(404, NO_SUBSCRIPTION), Locale.JAPANESE);
        assertTrue(ja.contains("対象が見つかりません。すでに解除されたか、画面が古い可能性があります。"), ja);
        assertFalse(ja.contains("7f9be577") || ja.contains("購読") || ja.contains("サービスの応答"), ja);
        String en = note(new Refusal(404, NO_SUBSCRIPTION), Locale.ENGLISH);
        assertTrue(en.contains("it may have been removed already, or the page was out of date"), en);
        assertFalse(en.contains("7f9be577") || en.contains("The service answered"), en);
    }

    @Test
    void anyOtherRefusalStillSaysWhatTheServiceSaid() {
        String ja = note(new Refusal(409, "削除済みの購読です"), Locale.JAPANESE);
        assertTrue(ja.contains("この操作は現在の状態ではできません。") && ja.contains("サービスの応答：削除済みの購読です"), ja);
    }

    private String note(Refusal refusal, Locale locale) {
        return engine.getTemplate("refusalNote").data("error", refusal).setLocale(locale).render();
    }
}
