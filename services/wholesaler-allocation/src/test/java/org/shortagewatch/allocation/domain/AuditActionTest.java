package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditActionTest {

    /** The trail names a posting after the endpoint it came through, as readers of the trail know it. */
    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void aPostingIsRecordedAsWholesalerDataOfItsKindsPath(RecordKind kind) {
        assertEquals("wholesaler-data." + kind.path(), AuditAction.posted(kind).value());
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void everyActionHasAWordingOfItsOwn(AuditAction action) {
        assertEquals(1, Arrays.stream(AuditAction.values()).filter(a -> a.value().equals(action.value())).count());
    }
}
