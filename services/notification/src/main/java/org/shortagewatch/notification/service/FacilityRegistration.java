package org.shortagewatch.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.domain.AuditAction;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.network.WebhookTargets;
import org.shortagewatch.notification.persistence.Facilities;
import org.shortagewatch.notification.rest.FacilityRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Registering facilities (one by the facility itself, many at once by an admin) and subscribing a facility to its
 * formulary. Each change and its audit row commit in one transaction on the SQL client, or neither does.
 */
@ApplicationScoped
public class FacilityRegistration {

    @Inject
    Pool pool;

    @Inject
    Facilities facilities;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookTargets targets;

    /** Registers or updates the caller's own facility and answers it as stored. */
    public Uni<Facilities.FacilityView> register(String code, FacilityRequest body) {
        if (!caller.actsFor(code)) {
            return Uni.createFrom().failure(ProblemException.forbidden(Text.of(
                    "施設の登録は施設自身が行ってください", "a facility registers itself only")));
        }
        if (!body.kind().fits(code)) {
            return Uni.createFrom().failure(ProblemException.invalidField("kind", FacilityKind.MISFIT));
        }
        if ((body.quietStart() == null) != (body.quietEnd() == null)) {
            return Uni.createFrom().failure(ProblemException.invalidField(body.quietStart() == null ? "quietStart" : "quietEnd",
                    Text.of("通知を控える時間帯は開始と終了の両方を指定してください",
                    "quiet hours need both a start and an end")));
        }
        return pool.withTransaction(c -> facilities.upsert(c, code, body)
                .chain(() -> audit.record(c, AuditAction.FACILITY_PUT, code))
                .chain(() -> facilities.find(c, code)));
    }

    /** A facility the caller acts for; any other is answered as not found, like one that does not exist. */
    public Uni<Facilities.FacilityView> find(String code) {
        Text none = Text.of("施設 " + code + " はありません", "no facility " + code);
        if (!caller.actsFor(code)) {
            return Uni.createFrom().failure(ProblemException.notYours(none));
        }
        return facilities.find(pool, code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(none));
    }

    /** Registers or updates many facilities; returns how many. */
    public Uni<Integer> registerAll(List<FacilityEntry> rows) {
        return pool.withTransaction(c -> facilities.upsertAll(c, rows)
                .call(n -> audit.record(c, AuditAction.FACILITY_BULK, n + " facilities")));
    }

    /**
     * Subscribes a facility (the caller checked that it acts for it) to every product of its formulary, those it
     * already follows by YJ code left as they are. With a webhook URL, that URL is checked once, as for one
     * subscription ({@link WebhookTargets}), before the transaction; every subscription added calls it and signs with
     * one secret, made for this upload and answered only when a subscription carries it (one endpoint, one secret to
     * verify with, as Standard Webhooks has it). Without one, each subscription has a secret of its own, as always.
     */
    public Uni<Formulary> subscribeFormulary(String code, List<String> yjCodes, String[] channels,
            Severity minSeverity, String webhookUrl) {
        String shared = webhookUrl == null ? null : WebhookSigner.newSecret();
        List<String> secrets = yjCodes.stream().map(ignored -> shared != null ? shared : WebhookSigner.newSecret())
                .toList();
        Uni<Void> checked = webhookUrl == null ? Uni.createFrom().voidItem() : targets.check(webhookUrl);
        return checked.chain(() -> pool.withTransaction(c -> facilities.subscribeFormulary(c, code, yjCodes, channels,
                        (short) minSeverity.level(), webhookUrl, secrets)
                .call(n -> audit.record(c, AuditAction.SUBSCRIPTION_FORMULARY, code + ": " + n))))
                .map(n -> new Formulary(n, n > 0 ? shared : null));
    }

    /**
     * What a formulary upload added: how many subscriptions, and the signing secret of its webhooks when it added
     * some with a webhook URL (null otherwise).
     */
    public record Formulary(int subscribed, String webhookSecret) {
    }
}
