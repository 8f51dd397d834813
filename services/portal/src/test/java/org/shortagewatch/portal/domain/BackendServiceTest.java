package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BackendServiceTest {

    @Test
    void eachServiceByItsPathAndNoOtherPath() {
        assertEquals(BackendService.REPORT, BackendService.of("report"));
        assertEquals(BackendService.NOTIFICATION, BackendService.of(" Notification "));
        assertNull(BackendService.of("portal"));
        assertNull(BackendService.of(null));
        assertEquals("allocation", BackendService.ALLOCATION.path());
        assertEquals("serviceALLOCATION", BackendService.ALLOCATION.messageKey());
    }
}
