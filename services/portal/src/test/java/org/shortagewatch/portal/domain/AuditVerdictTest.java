package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditVerdictTest {

    @Test
    void anIntactChainIsVerifiedUpToItsLastRow() {
        AuditVerdict v = new AuditVerdict(true, 120, null, null, 0);
        assertEquals(AuditVerdict.State.VERIFIED, v.state());
        assertTrue(v.verified());
        assertEquals("verdictVERIFIEDmeans", v.meaningKey());
        assertEquals("ok", v.cssClass());
        assertFalse(v.pending());
    }

    @Test
    void aBrokenRowBreaksTheChainWhateverElseItSays() {
        AuditVerdict v = new AuditVerdict(false, 120, 57L, "prev_hash does not link to row 56", 2);
        assertEquals(AuditVerdict.State.BROKEN, v.state());
        assertEquals("warning", v.cssClass());
        assertEquals("verdictBROKENmeans", v.meaningKey());
        assertTrue(v.pending());
        assertTrue(new AuditVerdict(true, 3, 2L, null, 0).broken(), "a named broken row is a broken chain");
    }

    @Test
    void noRowsIsNothingToCheckNotVerified() {
        AuditVerdict v = new AuditVerdict(true, 0, null, null, 1);
        assertEquals(AuditVerdict.State.EMPTY, v.state());
        assertFalse(v.verified());
        assertEquals("ok", v.cssClass());
    }
}
