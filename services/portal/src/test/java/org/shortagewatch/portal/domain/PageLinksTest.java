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
}
