package org.shortagewatch.report;

import java.util.Map;

import org.shortagewatch.common.config.ProductionSettings;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts manufacturer-report, after checking that production has every setting it needs. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        ProductionSettings.requireOrExit("manufacturer-report", Map.of());
        Quarkus.run(args);
    }
}
