package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatusFormChoicesTest {

    @Test
    void anOutlookDateIsStatedToTheDayFirstThenToAPartOfItsMonth() {
        assertEquals(List.of("DAY", "EARLY_MONTH", "MID_MONTH", "LATE_MONTH", "MONTH"),
                StatusFormChoices.PRECISIONS.stream().map(FormChoices.Choice::value).toList());
        assertEquals("precisionLATE_MONTH", StatusFormChoices.PRECISIONS.get(3).key());
    }

    @Test
    void aDateStatedToTheDayIsSentWithoutPrecisionAndAnyOtherAsChosen() {
        assertNull(StatusFormChoices.precision("DAY"), "the service reads a date without precision as the day");
        assertNull(StatusFormChoices.precision(null));
        assertNull(StatusFormChoices.precision(" "));
        assertEquals("LATE_MONTH", StatusFormChoices.precision(" LATE_MONTH "));
        assertEquals("MONTH", StatusFormChoices.precision("MONTH"));
        assertEquals("QUARTER", StatusFormChoices.precision("QUARTER"), "for the service to refuse beside the field");
    }
}
