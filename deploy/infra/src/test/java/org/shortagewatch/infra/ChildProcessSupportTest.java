package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessSupportTest {

    @TempDir
    Path dir;

    @Test
    void aFreePortCanBeBound() throws IOException {
        int port = ChildProcessSupport.freePort();
        assertTrue(port > 0);
        try (ServerSocket socket = new ServerSocket(port)) {
            assertEquals(port, socket.getLocalPort());
        }
    }

    @Test
    void deletesTheWholeTreeButNotWhatALinkInItPointsAt() throws IOException {
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("distribution")).resolve("kept"), "x");
        Path home = Files.createDirectories(dir.resolve("home/data/h2"));
        Files.writeString(home.resolve("db"), "rows");
        Files.createSymbolicLink(dir.resolve("home/lib"), elsewhere.getParent());

        ChildProcessSupport.deleteRecursively(dir.resolve("home"));

        assertFalse(Files.exists(dir.resolve("home")));
        assertTrue(Files.isRegularFile(elsewhere));
    }

    @Test
    void deletingWhatIsNotThereDoesNothing() {
        ChildProcessSupport.deleteRecursively(dir.resolve("missing"));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void theLogTailIsTheLastLinesOfALongLog() throws IOException {
        Path log = dir.resolve("child.log");
        Files.writeString(log, IntStream.rangeClosed(1, 20_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);

        assertEquals("line 19998\nline 19999\nline 20000", ChildProcessSupport.logTail(log, 3));
    }

    @Test
    void aLogShorterThanAskedForComesWhole() throws IOException {
        Path log = Files.writeString(dir.resolve("child.log"), "起動\n準備完了\n", StandardCharsets.UTF_8);

        assertEquals("起動\n準備完了", ChildProcessSupport.logTail(log, 10));
    }

    @Test
    void aMissingLogSaysSo() {
        assertTrue(ChildProcessSupport.logTail(dir.resolve("missing.log"), 5).startsWith("(no log: "));
    }
}
