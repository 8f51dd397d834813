package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.SubscriptionKind;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.persistence.Subscription;

/** A subscription request made whole (defaults of the first API) and checked beyond what annotations can say. */
final class SubscriptionRules {

    /** The refusal of the WEBHOOK channel without a URL, for one subscription and for a formulary alike. */
    static final Text WEBHOOK_URL_REQUIRED = Text.of("WEBHOOK チャネルには webhookUrl が必要です",
            "is required for the WEBHOOK channel");

    private SubscriptionRules() {
    }

    static Subscription from(SubscriptionRequest body) {
        SubscriptionKind kind = body.kind() == null ? SubscriptionKind.YJ_CODE : body.kind();
        String target = body.target();
        String targetField = "target";
        if (target == null && kind == SubscriptionKind.YJ_CODE) {
            target = body.yjCode();
            targetField = "yjCode";
        }
        if (target == null) {
            throw ProblemException.invalidField(targetField, Text.of("種類 " + kind + " では購読の対象を指定してください",
                    "what to follow is required for kind " + kind));
        }
        if (!kind.accepts(target)) {
            throw ProblemException.invalidField(targetField, kind.formatHint());
        }
        if (body.channels() != null && body.channels().isEmpty()) {
            throw ProblemException.invalidField("channels", Text.of("EMAIL、WEBHOOK、SSE、INBOX のうち一つ以上を指定してください",
                    "name at least one of EMAIL, WEBHOOK, SSE, INBOX"));
        }
        if (body.channels() != null && body.channels().contains(null)) {
            throw ProblemException.invalidField("channels[" + body.channels().indexOf(null) + "]",
                    Text.of("EMAIL、WEBHOOK、SSE、INBOX のいずれかにしてください", "must be one of EMAIL, WEBHOOK, SSE, INBOX"));
        }
        List<Channel> channels = body.channels() == null ? List.of(Channel.WEBHOOK)
                : List.copyOf(new LinkedHashSet<>(body.channels()));
        if (channels.contains(Channel.WEBHOOK) && body.webhookUrl() == null) {
            throw ProblemException.invalidField("webhookUrl", WEBHOOK_URL_REQUIRED);
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.facilityCode = body.facilityCode();
        s.kind = kind;
        s.target = target;
        s.yjCode = kind == SubscriptionKind.YJ_CODE ? target : null;
        s.channels = channels.stream().map(Channel::name).toArray(String[]::new);
        s.minSeverity = (short) (body.minSeverity() == null ? Severity.INFO : body.minSeverity()).level();
        s.webhookUrl = channels.contains(Channel.WEBHOOK) ? body.webhookUrl() : null;
        s.secret = WebhookSigner.newSecret();
        s.demandShiftAlerts = body.demandShiftAlerts() == null || body.demandShiftAlerts();
        s.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return s;
    }
}
