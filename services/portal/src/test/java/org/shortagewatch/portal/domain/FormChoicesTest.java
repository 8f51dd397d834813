package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormChoicesTest {

    @Test
    void eachChoiceNamesItsWordsByPrefixAndCode() {
        assertEquals(new FormChoices.Choice("HOSPITAL", "kindHOSPITAL"), FormChoices.FACILITY_KINDS.get(1));
        assertEquals(List.of("channelINBOX", "channelSSE", "channelEMAIL", "channelWEBHOOK"),
                FormChoices.CHANNELS.stream().map(FormChoices.Choice::key).toList());
        assertEquals("shortINGREDIENT", FormChoices.messageKey("short", "INGREDIENT"));
        assertEquals("kind", FormChoices.messageKey("kind", null));
    }

    @Test
    void anAlertWithoutSeverityReadsAsInfo() {
        assertEquals("severityINFO", FormChoices.severityKey(null));
        assertEquals("severityHIGH", FormChoices.severityKey("HIGH"));
    }

    @Test
    void whatIsChosenWhenNothingIs() {
        assertEquals("INGREDIENT", FormChoices.subscriptionKind("INGREDIENT"));
        assertEquals("YJ_CODE", FormChoices.subscriptionKind("NOT_A_KIND"));
        assertEquals("YJ_CODE", FormChoices.subscriptionKind(null));
        assertEquals(List.of("INBOX"), FormChoices.channels(null));
        assertEquals(List.of("INBOX"), FormChoices.channels(List.of()));
        assertEquals(List.of("SSE", "EMAIL"), FormChoices.channels(List.of("SSE", "EMAIL")));
    }
}
