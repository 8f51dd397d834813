package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RecordKindTest {

    @Test
    void eachKindIsFoundByItsEndpointsPathSegment() {
        assertEquals(Optional.of(RecordKind.ORDER), RecordKind.ofPath("orders"));
        assertEquals(Optional.of(RecordKind.SHIPMENT), RecordKind.ofPath("shipments"));
        assertEquals(Optional.of(RecordKind.STOCK), RecordKind.ofPath("stock"));
        assertEquals(Optional.empty(), RecordKind.ofPath("ORDER"));
        assertEquals(Optional.empty(), RecordKind.ofPath(null));
    }
}
