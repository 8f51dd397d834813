package org.shortagewatch.allocation.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.Allocator;
import org.shortagewatch.allocation.domain.Thresholds;

/**
 * The settings' defaults are in application.properties only; the domain's own defaults ({@link Thresholds#DEFAULT},
 * {@link Allocator.Policy#DEFAULT}, used where no configuration is, as in unit tests) must not drift from them.
 */
class SettingsDefaultsTest {

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SettingsDefaultsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theDetectorsDefaultThresholdsAreTheConfiguredOnes() throws IOException {
        Properties p = applicationProperties();
        String d = "shortagewatch.detection.";
        assertEquals(Thresholds.DEFAULT, new Thresholds(Double.parseDouble(p.getProperty(d + "surge-ratio")),
                Long.parseLong(p.getProperty(d + "surge-min-excess-units")),
                Integer.parseInt(p.getProperty(d + "duplicate-min-wholesalers")),
                Integer.parseInt(p.getProperty(d + "window-days")),
                Double.parseDouble(p.getProperty(d + "low-days-of-supply")),
                Double.parseDouble(p.getProperty(d + "high-days-of-supply")),
                Integer.parseInt(p.getProperty(d + "consumption-days")),
                Integer.parseInt(p.getProperty(d + "cluster-min-facilities")),
                Integer.parseInt(p.getProperty(d + "cluster-window-days"))));
    }

    @Test
    void theAllocatorsDefaultPolicyIsTheConfiguredOne() throws IOException {
        Properties p = applicationProperties();
        String a = "shortagewatch.allocation.";
        assertEquals(Allocator.Policy.DEFAULT, new Allocator.Policy(
                Double.parseDouble(p.getProperty(a + "therapy-floor-share")),
                Integer.parseInt(p.getProperty(a + "recent-days")),
                Allocator.NewCustomerPolicy.valueOf(p.getProperty(a + "new-customer-policy")),
                Double.parseDouble(p.getProperty("shortagewatch.detection.surge-ratio"))));
    }
}
