package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WholesalerChangeTest {

    @Test
    void createdIsRegisteredAndAnythingElseTheServiceAcceptedIsRenamed() {
        assertEquals(new WholesalerChange(true, "WHS002"), WholesalerChange.of(201, "WHS002"));
        assertEquals(new WholesalerChange(false, "WHS002"), WholesalerChange.of(200, "WHS002"));
    }

    @Test
    void theListsAddressConfirmsTheChange() {
        assertEquals("/admin/wholesalers?registered=WHS-002", WholesalerChange.of(201, "WHS-002").listPath());
        assertEquals("/admin/wholesalers?renamed=WHS_002", WholesalerChange.of(200, "WHS_002").listPath());
    }

    @Test
    void theListReadsTheChangeItConfirmsFromItsAddress() {
        assertEquals(new WholesalerChange(true, "WHS002"), WholesalerChange.confirmed("WHS002", null));
        assertEquals(new WholesalerChange(false, "WHS002"), WholesalerChange.confirmed(" ", "WHS002"));
        assertNull(WholesalerChange.confirmed(null, null));
        assertNull(WholesalerChange.confirmed("", " "));
    }
}
