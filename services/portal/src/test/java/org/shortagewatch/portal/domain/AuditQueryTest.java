package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void theFiltersAsTypedWithinTheApisRange() {
        assertEquals(new AuditQuery(50, null), AuditQuery.of(null, ""));
        assertEquals(new AuditQuery(20, 300L), AuditQuery.of(" 20 ", "300"));
        assertEquals(new AuditQuery(1000, null), AuditQuery.of("5000", "0"));
        assertEquals(new AuditQuery(50, null), AuditQuery.of("-3", "abc"));
    }

    @Test
    void aFullPageGoesOnBelowItsSmallestIdAnEmptierOneIsTheOldest() {
        AuditQuery q = new AuditQuery(3, null);
        assertEquals(40L, q.olderThan(List.of(42L, 41L, 40L)));
        assertNull(q.olderThan(List.of(2L, 1L)));
        assertNull(q.olderThan(List.of(3L, 2L, 1L)), "nothing is older than the first row");
    }
}
