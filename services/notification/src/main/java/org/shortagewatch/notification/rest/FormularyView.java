package org.shortagewatch.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a formulary upload did; {@code secret} is present only in the answer of an upload that added webhooks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormularyView(
        @Schema(description = "The file's products, each once") int products,
        @Schema(description = "Subscriptions added (products already followed by YJ code are left as they are)")
        int subscribed,
        @Schema(description = "The webhook signing secret (whsec_...) of every subscription this upload added with"
                + " webhookUrl, shown this once; absent when it added none or the upload had no WEBHOOK channel")
        String secret) {
}
