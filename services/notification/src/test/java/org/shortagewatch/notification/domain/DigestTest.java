package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void assemblesOneMessageMostSevereFirstThenOldestFirst() {
        List<Digest.Item> items = List.of(
                new Digest.Item("A: 限定出荷", "Aの本文", Severity.MEDIUM, Instant.parse("2026-12-01T01:00:00Z")),
                new Digest.Item("B: 供給停止", "Bの本文", Severity.HIGH, Instant.parse("2026-12-01T03:00:00Z")),
                new Digest.Item("C: 通常出荷", null, Severity.LOW, Instant.parse("2026-12-01T00:00:00Z")),
                new Digest.Item("D: 限定出荷", "Dの本文", Severity.MEDIUM, Instant.parse("2026-12-01T00:30:00Z")));
        Digest.Message m = Digest.assemble("さくら薬局", LocalDate.of(2026, 12, 1), items);
        assertEquals(4, m.items());
        assertEquals("【Shortage Watch】令和8年12月1日のお知らせ4件（うち重要1件） / Daily digest: 4 messages", m.subject());
        String body = m.bodyText();
        assertTrue(body.startsWith("さくら薬局　御中"));
        int b = body.indexOf("1. [高 / HIGH] B: 供給停止");
        int d = body.indexOf("2. [中 / MEDIUM] D: 限定出荷");
        int a = body.indexOf("3. [中 / MEDIUM] A: 限定出荷");
        int c = body.indexOf("4. [低 / LOW] C: 通常出荷");
        assertTrue(b > 0 && b < d && d < a && a < c, body);
        assertTrue(body.contains("   Bの本文"));
    }

    @Test
    void anEmptyDigestIsNotSent() {
        assertThrows(IllegalArgumentException.class, () -> Digest.assemble("x", LocalDate.now(), List.of()));
    }
}
