package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.rest.ProblemException;

class UploadedFileTest {

    @Test
    void theContentTypeSaysFormatAndCharset() {
        UploadedFile csv = UploadedFile.of("text/csv; charset=\"Shift_JIS\"", new byte[] {1});
        assertEquals(FileFormat.CSV, csv.format());
        assertEquals("Shift_JIS", csv.charset());
        UploadedFile xlsx = UploadedFile.of(UploadedFile.XLSX, null);
        assertEquals(FileFormat.XLSX, xlsx.format());
        assertNull(xlsx.charset());
        assertEquals(0, xlsx.content().length, "no body is an empty file");
    }

    @Test
    void anotherMediaTypeIsRefused() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> UploadedFile.of("application/json", new byte[0]));
        assertEquals(415, refused.status());
    }
}
