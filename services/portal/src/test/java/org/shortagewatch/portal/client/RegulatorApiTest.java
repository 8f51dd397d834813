package org.shortagewatch.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A notice's staff as the regulator's pages name them: by the name their sign-in gave, else by login id (a notice
 * drafted before names were kept, or through a client that names nobody).
 */
class RegulatorApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void staffAreNamedByTheirNamesElseByTheirLoginIds() throws Exception {
        RegulatorApi.Notice named = JSON.readValue("""
                {"status":"APPROVED","draftedBy":"regulator","draftedByName":"渡辺 直子",
                 "reviewedBy":"regulator2","reviewedByName":"山本 誠"}""", RegulatorApi.Notice.class);
        assertEquals("渡辺 直子", named.drafter());
        assertEquals("山本 誠", named.approver());

        RegulatorApi.Notice older = JSON.readValue("""
                {"status":"IN_REVIEW","draftedBy":"regulator"}""", RegulatorApi.Notice.class);
        assertEquals("regulator", older.drafter());
        assertNull(older.approver(), "nobody has approved it");
    }
}
