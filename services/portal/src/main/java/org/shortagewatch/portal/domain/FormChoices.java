package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * The choices the facility's forms offer, each a code the services know and the key of its words in the message
 * bundle (the prefix and the code: {@code kindPHARMACY}, {@code severityHIGH}); and the choice made when none is.
 */
public final class FormChoices {

    /** One choice of a form: the code sent to the service and the message key of its words. */
    public record Choice(String value, String key) {
    }

    public static final List<Choice> FACILITY_KINDS = of("kind", List.of("PHARMACY", "HOSPITAL", "CLINIC"));
    public static final List<Choice> SUBSCRIPTION_KINDS = of("kind",
            List.of("YJ_CODE", "INGREDIENT", "THERAPEUTIC_CLASS", "MANUFACTURER", "SUPPLY_SECURITY_CLASS"));
    public static final List<Choice> CHANNELS = of("channel", List.of("INBOX", "SSE", "EMAIL", "WEBHOOK"));
    public static final List<Choice> SEVERITIES = of("severity", List.of("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"));

    private FormChoices() {
    }

    /** The message key of a code: the prefix, then the code (nothing for none). */
    public static String messageKey(String prefix, String code) {
        return prefix + (code == null ? "" : code);
    }

    /** The message key of an alert's severity; INFO when it has none. */
    public static String severityKey(String severity) {
        return messageKey("severity", severity == null ? "INFO" : severity);
    }

    /** The subscription kind the watch list's form shows chosen: the one asked for if it is one, else a product. */
    public static String subscriptionKind(String kind) {
        return SUBSCRIPTION_KINDS.stream().anyMatch(c -> c.value().equals(kind)) ? kind : "YJ_CODE";
    }

    /** The channels chosen, or the inbox alone when none is. */
    public static List<String> channels(List<String> chosen) {
        return chosen == null || chosen.isEmpty() ? List.of("INBOX") : chosen;
    }

    static List<Choice> of(String prefix, List<String> codes) {
        return codes.stream().map(c -> new Choice(c, messageKey(prefix, c))).toList();
    }
}
