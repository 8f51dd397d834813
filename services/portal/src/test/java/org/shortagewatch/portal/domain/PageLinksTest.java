package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void theSameSearchOnAnotherPage() {
        assertEquals("/maker/products?q=%E9%8C%A0&status=STOPPED&page=3",
                PageLinks.withPage("/maker/products", "q=%E9%8C%A0&page=2&status=STOPPED", 3));
        assertEquals("/maker/uploads?page=2", PageLinks.withPage("/maker/uploads", null, 2));
        assertEquals("/products?pageSize=5&page=1", PageLinks.withPage("/products", "page&pageSize=5&&page=9", 1));
    }

    @Test
    void aConfirmationGoesBackToTheMakersPageItWasOnSayingWhichProduct() {
        assertEquals("/maker/products?q=%E9%8C%A0&page=2&confirmed=2223001F2021",
                PageLinks.confirmedOn("/maker/products?q=%E9%8C%A0&confirmed=1111111F1111&page=2", "2223001F2021"));
        assertEquals("/maker/products?confirmed=2223001F2021", PageLinks.confirmedOn("/maker/products", "2223001F2021"));
        assertEquals("/maker/products/2223001F2021/report?confirmed=2223001F2021",
                PageLinks.confirmedOn("/maker/products/2223001F2021/report", "2223001F2021"));
    }

    @Test
    void aConfirmationFromNowhereOrElsewhereGoesToTheProductsForm() {
        String form = "/maker/products/2223001F2021/report?confirmed=2223001F2021";
        for (String back : new String[] {null, "", "/", "//evil.example/maker/products", "https://evil.example",
                "/maker/products-of-others", "/me/watchlist", "/maker/products\\x", "/maker/products?q=a b",
                "/maker/products#x",
                "/maker/products/../../me", "/maker/products/%2e%2e/x/report", "/maker/products/X/report/../../../me"}) {
            assertEquals(form, PageLinks.confirmedOn(back, "2223001F2021"), back);
        }
        assertEquals("/maker/products/22%2F3%20x/report?confirmed=22%2F3%20x", PageLinks.confirmedOn(null, "22/3 x"));
    }

    @Test
    void aTypedCodeIsOneSegmentOfAPath() {
        assertEquals("AB%20C%231", PageLinks.segment("AB C#1"));
        assertEquals("A%2FB%3F", PageLinks.segment("A/B?"));
        assertEquals("2456001F1310", PageLinks.segment("2456001F1310"));
    }
}
