package org.shortagewatch.notification.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.Severity;

/**
 * The query parameters of a formulary upload ({@link FacilityFileResource}): its channels, webhook URL and minimum
 * severity.
 */
final class FormularyOptions {

    private FormularyOptions() {
    }

    /** The channels of a formulary subscription, comma-separated. */
    static String[] channels(String channels) {
        Set<String> chosen = new LinkedHashSet<>(); // "INBOX,INBOX" is INBOX once
        for (String c : channels.split(",")) {
            try {
                chosen.add(Channel.valueOf(c.trim().toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("channels", Text.of(
                        "EMAIL、WEBHOOK、SSE、INBOX をカンマ区切りで指定してください",
                        "must be EMAIL, WEBHOOK, SSE or INBOX, comma-separated"));
            }
        }
        return chosen.toArray(String[]::new);
    }

    /**
     * The endpoint of a formulary's webhooks: required with the WEBHOOK channel, as for one subscription, and refused
     * without it (a URL left unused would let the caller believe its webhooks were set up). Its form is checked by
     * the resource's annotations, where it leads by {@code WebhookTargets}.
     */
    static String webhookUrl(String[] channels, String webhookUrl) {
        boolean webhook = Arrays.asList(channels).contains(Channel.WEBHOOK.name());
        if (webhook && webhookUrl == null) {
            throw ProblemException.invalidField("webhookUrl", SubscriptionRules.WEBHOOK_URL_REQUIRED);
        }
        if (!webhook && webhookUrl != null) {
            throw ProblemException.invalidField("webhookUrl", Text.of(
                    "webhookUrl は channels に WEBHOOK を含めたときだけ指定してください",
                    "is taken only with the WEBHOOK channel"));
        }
        return webhookUrl;
    }

    static Severity minSeverity(String minSeverity) {
        try {
            return Severity.valueOf(minSeverity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("minSeverity", Text.of("INFO、LOW、MEDIUM、HIGH、CRITICAL のいずれかにしてください",
                    "must be INFO, LOW, MEDIUM, HIGH or CRITICAL"));
        }
    }
}
