package org.shortagewatch.notification.domain;

/** How a message reaches a recipient. */
public enum Channel {
    /** SMTP, to the facility's e-mail address. */
    EMAIL,
    /** A Standard Webhooks POST to the subscription's URL. */
    WEBHOOK,
    /** The facility's server-sent event stream, resumable from Last-Event-ID. */
    SSE,
    /** The facility's inbox, read and acknowledged through the API. */
    INBOX;

    /** Pushed to the recipient (and so held back in quiet hours), rather than fetched by it. */
    public boolean pushed() {
        return this == EMAIL || this == WEBHOOK;
    }
}
