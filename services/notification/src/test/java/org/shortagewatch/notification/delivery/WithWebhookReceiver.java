package org.shortagewatch.notification.delivery;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that owns a {@link WebhookReceiver} for all its tests: started before the first, closed after the last. */
public abstract class WithWebhookReceiver {

    protected static WebhookReceiver receiver;

    @BeforeAll
    protected static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    protected static void stopReceiver() {
        receiver.close();
    }
}
