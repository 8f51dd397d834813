package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ChildJvmOptionsTest {

    @Test
    void theLaunchersDefaultsHoldUntilSet() {
        KeycloakOptions options = KeycloakServer.options().build();

        assertEquals(List.of("-XX:TieredStopAtLevel=1"), options.javaOptions());
        assertEquals(Duration.ofSeconds(180), options.readyTimeout());
    }

    @Test
    void javaOptionsReplaceTheDefaultsAndTheSettersChainInTheLaunchersOwnBuilder() {
        Consumer<String> progress = line -> { };
        KeycloakOptions options = KeycloakServer.options()
                .javaOptions("-Xmx1g", "-Xss1m")
                .readyTimeout(Duration.ofSeconds(30))
                .progress(progress)
                .port(18080)
                .build();

        assertEquals(List.of("-Xmx1g", "-Xss1m"), options.javaOptions());
        assertEquals(Duration.ofSeconds(30), options.readyTimeout());
        assertSame(progress, options.progress());
        assertEquals(18080, options.port);
    }
}
