package org.shortagewatch.allocation;

import java.util.Map;

import org.shortagewatch.common.config.ProductionSettings;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts wholesaler-allocation, after checking that production has every setting it needs. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        ProductionSettings.requireOrExit("wholesaler-allocation", Map.of());
        Quarkus.run(args);
    }
}
