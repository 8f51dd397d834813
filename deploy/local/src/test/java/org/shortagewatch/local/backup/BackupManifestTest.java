package org.shortagewatch.local.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupManifestTest {

    private static final BackupManifest MANIFEST = new BackupManifest(Instant.parse("2026-12-05T03:00:00Z"),
            Instant.parse("2026-12-05T03:00:09Z"), "15.15",
            Map.of("notification", Map.of("supply-status", Map.of(0, 12L, 2, 7L))),
            Map.of("report", "report.dump", "notification", "notification.dump"));

    @Test
    void aGroupRestartsWhereItHadCommittedAndFromTheStartWhereItHadNot() {
        Map<String, Map<Integer, Long>> logStart = Map.of(
                "supply-status", Map.of(0, 0L, 1, 0L, 2, 9L),
                "products", Map.of(0, 0L));
        assertEquals(Map.of("supply-status", Map.of(0, 12L, 1, 0L, 2, 9L), "products", Map.of(0, 0L)),
                MANIFEST.restartOffsets("notification", logStart),
                "partition 1 and products had no commit: their first offset; partition 2's offset 7 is gone: 9");
        assertEquals(Map.of("supply-status", Map.of(0, 0L, 1, 0L, 2, 9L), "products", Map.of(0, 0L)),
                MANIFEST.restartOffsets("wholesaler-allocation", logStart), "a group with no commit reads from the start");
    }

    @Test
    void theManifestReadsBackAsWritten(@TempDir Path dir) throws Exception {
        MANIFEST.write(dir);
        assertEquals(MANIFEST, BackupManifest.read(dir));
        assertEquals(List.of("notification", "report"), BackupManifest.read(dir).databases());
        assertThrows(IllegalArgumentException.class, () -> BackupManifest.read(Files.createDirectory(dir.resolve("x"))));
    }

    @Test
    void theMajorVersionIsReadFromTheServerAndFromTheClientPrograms() {
        assertEquals(15, MANIFEST.serverMajorVersion());
        assertEquals(15, BackupManifest.majorVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"));
        assertEquals(16, BackupManifest.majorVersion("16.4"));
        assertThrows(IllegalArgumentException.class, () -> BackupManifest.majorVersion("unknown"));
    }
}
