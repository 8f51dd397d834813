package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class BulkJobKindTest {

    @Test
    void aJobThatRecordedItsRowsIsAuditedAsItsKindWithHowManyRows() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals(AuditAction.PRODUCT_BULK, BulkJobKind.PRODUCTS.applied());
        assertEquals("bulk-job:" + id + " (3 products)", BulkJobKind.PRODUCTS.auditSubject(id, 3));
        assertEquals(AuditAction.STATUS_CHANGE_BULK, BulkJobKind.STATUS_CHANGES.applied());
        assertEquals("bulk-job:" + id + " (1 changes)", BulkJobKind.STATUS_CHANGES.auditSubject(id, 1));
    }
}
