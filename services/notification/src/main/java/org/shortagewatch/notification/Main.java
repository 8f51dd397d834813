package org.shortagewatch.notification;

import org.shortagewatch.common.config.ProductionSettings;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts notification, after checking that production has every setting it needs. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        ProductionSettings.requireOrExit("notification", ProductionSettings.linked(
                "QUARKUS_MAILER_HOST", "the SMTP server alerts are sent through",
                "QUARKUS_MAILER_PORT", "its port"));
        Quarkus.run(args);
    }
}
