package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageNumberTest {

    @Test
    void aWholeNumberFromOneIsThatPageAndAnythingElsePageOne() {
        assertEquals(3, PageNumber.fromString("3").number());
        assertEquals(3, PageNumber.fromString(" ３ ").number(), "typed full-width");
        for (String unreadable : new String[] {"abc", "1.5", "99999999999", " ", "", "-1", "0"}) {
            assertEquals(1, PageNumber.fromString(unreadable).number(), unreadable);
        }
        assertEquals(1, PageNumber.of(null));
    }

    @Test
    void aLinksCountReadsOrIsNone() {
        assertEquals(3, FormInput.linkCount("3"));
        assertEquals(0, FormInput.linkCount("0"));
        assertEquals(null, FormInput.linkCount("abc"));
        assertEquals(null, FormInput.linkCount("-2"));
        assertEquals(null, FormInput.linkCount(null));
    }
}
