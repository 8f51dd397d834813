package org.shortagewatch.notification.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The settings as the service reads them: the values of {@code application.properties} (its test profile where it
 * has one), and the defaults of the mappings only where that file says nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NotificationSettingsTest {

    @Inject
    NotificationSettings.Webhook webhook;

    @Inject
    NotificationSettings.Sse sse;

    @Inject
    NotificationSettings.PublicUrl publicUrl;

    @Test
    void webhookSettingsAreThoseOfTheProperties() {
        assertEquals(500, webhook.batchSize());
        assertEquals(20, webhook.connectionsPerEndpoint());
        assertEquals(Duration.ofSeconds(10), webhook.timeout());
        assertEquals(Duration.ofSeconds(1), webhook.sweepInterval());
        assertEquals(Duration.ofDays(5), webhook.disableAfter());
        assertEquals(Duration.ofHours(24), webhook.previousSecretValidity());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                webhook.retrySchedule());
        assertEquals(3, webhook.retry().delays().size());
    }

    @Test
    void privateTargetsAreAllowedInTheTestProfile() {
        // %test.shortagewatch.webhook.allow-private-targets=true: the receivers of the tests listen on localhost
        assertTrue(webhook.allowPrivateTargets());
    }

    @Test
    void streamsAndLinksHaveTheirDefaults() {
        assertEquals(Duration.ofSeconds(1), sse.pollInterval());
        assertEquals("http://localhost:8083", publicUrl.value());
    }
}
