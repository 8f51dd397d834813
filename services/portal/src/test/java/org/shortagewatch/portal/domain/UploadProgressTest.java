package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadProgressTest {

    @Test
    void theBarFollowsTheRowsCheckedOfTheRowsInTheFile() {
        UploadProgress running = new UploadProgress("RUNNING", 500, 250);
        assertEquals(50, running.percent());
        assertEquals(250, running.value());
        assertEquals(500, running.max());
        assertFalse(running.finished());
        assertEquals("jobRUNNING", running.stateKey());
        assertEquals(99, new UploadProgress("RUNNING", 500, 499).percent(), "100 only when every row is checked");
        assertEquals(100, new UploadProgress("RUNNING", 500, 500).percent());
        assertEquals(500, new UploadProgress("RUNNING", 500, 700).value(), "never past its end");
    }

    @Test
    void untilTheFileIsReadTheBarHasNoEnd() {
        UploadProgress queued = new UploadProgress("QUEUED", null, 0);
        assertFalse(queued.measured());
        assertEquals(0, queued.percent());
        assertEquals(0, queued.value());
        assertEquals("jobQUEUED", new UploadProgress(null, null, 0).stateKey());
    }

    @Test
    void aFinishedJobIsAtItsEndWhateverItsCounts() {
        for (String state : new String[] {"SUCCEEDED", "PARTIALLY_SUCCEEDED", "REJECTED", "FAILED"}) {
            UploadProgress done = new UploadProgress(state, 500, 12);
            assertTrue(done.finished(), state);
            assertEquals(100, done.percent(), state);
            assertEquals(500, done.value(), state);
        }
        UploadProgress empty = new UploadProgress("SUCCEEDED", 0, 0);
        assertEquals(1, empty.max());
        assertEquals(1, empty.value());
        assertEquals(100, new UploadProgress("FAILED", null, 0).percent());
    }
}
