package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkFinderTest {

    @TempDir
    Path dir;

    @Test
    void takesTheNewestLongTermSupportJdkOfAtLeastTheMinimumFromTheSearchRoots() throws IOException {
        Path jvm = dir.resolve("jvm");
        jdk(jvm.resolve("java-17"), "17.0.15");
        jdk(jvm.resolve("jdk-21"), "21.0.7");
        jdk(jvm.resolve("jdk-24"), "24.0.1");
        jdk(jvm.resolve("temurin-25"), "25.0.1");
        Files.createDirectories(jvm.resolve("not-a-jdk"));
        Path running = jdk(dir.resolve("running"), "17.0.15");

        JdkFinder.Jdk found = JdkFinder.find(21, Map.of(), running, List.of(dir.resolve("missing"), jvm));

        assertEquals(25, found.feature());
        assertEquals(jvm.resolve("temurin-25").toRealPath(), found.home());
    }

    @Test
    void javaHomeWinsWhenNewEnoughAndIsPassedOverWhenNot() throws IOException {
        Path jvm = dir.resolve("jvm");
        jdk(jvm.resolve("jdk-25"), "25.0.1");
        Path old = jdk(dir.resolve("old"), "17.0.15");
        Path jdk21 = jdk(dir.resolve("jdk21"), "21.0.7");
        Path running = jdk(dir.resolve("running"), "17.0.15");

        assertEquals(jdk21, JdkFinder.find(21, Map.of("JAVA_HOME", jdk21.toString()), running, List.of(jvm)).home());
        assertEquals(25, JdkFinder.find(21, Map.of("JAVA_HOME", old.toString()), running, List.of(jvm)).feature());
    }

    @Test
    void theOverrideMustQualify() throws IOException {
        Path old = jdk(dir.resolve("old"), "17.0.15");
        Path running = jdk(dir.resolve("running"), "25.0.1");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JdkFinder.find(21,
                Map.of(JdkFinder.OVERRIDE_ENV, old.toString()), running, List.of()));
        assertTrue(e.getMessage().contains("a JDK 17"), e.getMessage());
    }

    @Test
    void withoutAnyItSaysWhatToInstall() throws IOException {
        Path running = jdk(dir.resolve("running"), "17.0.15");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JdkFinder.find(21, Map.of(), running, List.of(dir)));
        assertTrue(e.getMessage().contains("JDK 21 or newer") && e.getMessage().contains("openjdk-21-jdk-headless"),
                e.getMessage());
    }

    @Test
    void readsOldStyleVersions() throws IOException {
        assertEquals(8, JdkFinder.inspect(jdk(dir.resolve("jdk8"), "1.8.0_402")).orElseThrow().feature());
    }

    private static Path jdk(Path home, String version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
