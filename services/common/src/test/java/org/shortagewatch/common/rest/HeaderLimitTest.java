package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class HeaderLimitTest {

    @Test
    void theHeaderSectionIsMeasuredLineByLineAndItsLargestHeaderNamed() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Host", "localhost")
                .add("X-Big", "a".repeat(100))
                .add("Accept", "application/json");
        assertEquals(("Host: localhost" + "X-Big: " + "a".repeat(100) + "Accept: application/json").length(),
                HeaderLimit.sizeOf(headers));
        assertEquals("X-Big", HeaderLimit.largestOf(headers));
        assertEquals(0, HeaderLimit.sizeOf(MultiMap.caseInsensitiveMultiMap()));
        assertEquals("(headers)", HeaderLimit.largestOf(MultiMap.caseInsensitiveMultiMap()));
    }
}
