package org.shortagewatch.notification.rest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.Severity;

/** The query parameters of a formulary upload ({@link FacilityFileResource}): its channels and minimum severity. */
final class FormularyOptions {

    private FormularyOptions() {
    }

    /** The channels of a formulary subscription, comma-separated; webhooks are subscribed one at a time. */
    static String[] channels(String channels) {
        Set<String> chosen = new LinkedHashSet<>(); // "INBOX,INBOX" is INBOX once
        for (String c : channels.split(",")) {
            try {
                Channel channel = Channel.valueOf(c.trim().toUpperCase(Locale.ROOT));
                if (channel == Channel.WEBHOOK) {
                    throw ProblemException.invalidField("channels", Text.of(
                            "Webhook の購読はファイルではなく、URL を添えて一件ずつ登録してください",
                            "webhook subscriptions are made one at a time, with their URL"));
                }
                chosen.add(channel.name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("channels", Text.of("EMAIL、SSE、INBOX をカンマ区切りで指定してください",
                        "must be EMAIL, SSE or INBOX, comma-separated"));
            }
        }
        return chosen.toArray(String[]::new);
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
