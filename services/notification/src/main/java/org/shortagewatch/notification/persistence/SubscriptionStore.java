package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.notification.domain.SubscriptionKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Subscriptions as the commands that change them read and write them: on the SQL client, in the command's
 * transaction, so the change commits with its audit row. Each change is a statement of its own columns only (a
 * rotation never overwrites the endpoint health the delivery queue records). The {@link Subscription}s it answers
 * are plain objects, attached to no session; listing and reading subscriptions stays on Panache.
 */
@ApplicationScoped
public class SubscriptionStore {

    private static final String COLUMNS = """
            id, facility_code, kind, target, yj_code, channels, min_severity, webhook_url, secret, previous_secret,
            previous_secret_expires_at, active, disabled_reason, created_at, demand_shift_alerts""";

    /** A subscription locked for update until the transaction ends, or null when there is none. */
    public Uni<Subscription> lock(SqlConnection c, UUID id) {
        return c.preparedQuery("select " + COLUMNS + " from subscription where id = $1 for update")
                .execute(Tuple.of(id))
                .map(SubscriptionStore::first);
    }

    /**
     * An active subscription that would tell the facility the same things the same way as {@code s} (same kind and
     * target, same channels, same webhook URL), or null: taken under a lock per facility until the transaction ends,
     * so two requests to follow the same thing at once cannot both find none.
     */
    public Uni<UUID> sameActive(SqlConnection c, Subscription s) {
        String[] channels = s.channels == null ? new String[0] : s.channels.clone();
        Arrays.sort(channels);
        return c.preparedQuery("select pg_advisory_xact_lock(hashtext('subscription:' || $1))")
                .execute(Tuple.of(s.facilityCode))
                .chain(() -> c.preparedQuery("""
                        select id from subscription
                        where facility_code = $1 and kind = $2 and target = $3 and active
                          and webhook_url is not distinct from $4
                          and array(select unnest(channels) order by 1) = $5::text[]
                        limit 1""")
                        .execute(Tuple.from(Arrays.<Object>asList(s.facilityCode, s.kind.name(), s.target,
                                s.webhookUrl, channels))))
                .map(rows -> Rows.first(rows, row -> row.getUUID("id")).orElse(null));
    }

    /** Stores a new subscription. */
    public Uni<Subscription> insert(SqlConnection c, Subscription s) {
        return c.preparedQuery("insert into subscription (" + COLUMNS + """
                ) values ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14, $15)""")
                .execute(Tuple.from(Arrays.<Object>asList(s.id, s.facilityCode, s.kind.name(), s.target, s.yjCode,
                        s.channels, s.minSeverity, s.webhookUrl, s.secret, s.previousSecret,
                        Rows.timestamptz(s.previousSecretExpiresAt), s.active, s.disabledReason, Rows.timestamptz(s.createdAt), s.demandShiftAlerts)))
                .replaceWith(s);
    }

    /** Replaces the signing secret, keeping the one before valid until {@code previousExpiresAt}. */
    public Uni<Subscription> rotateSecret(SqlConnection c, UUID id, String secret, Instant previousExpiresAt) {
        return c.preparedQuery("update subscription set previous_secret = secret, previous_secret_expires_at = $2,"
                + " secret = $3 where id = $1 returning " + COLUMNS)
                .execute(Tuple.of(id, Rows.timestamptz(previousExpiresAt), secret))
                .map(SubscriptionStore::first);
    }

    /** Turns demand-shift warnings on or off for a subscription. */
    public Uni<Subscription> setDemandShiftAlerts(SqlConnection c, UUID id, boolean enabled) {
        return c.preparedQuery("update subscription set demand_shift_alerts = $2 where id = $1 returning " + COLUMNS)
                .execute(Tuple.of(id, enabled))
                .map(SubscriptionStore::first);
    }

    /** Stops a subscription matching for good, with why; its ledger keeps its history. */
    public Uni<Void> deactivate(SqlConnection c, UUID id, String reason) {
        return c.preparedQuery("update subscription set active = false, disabled_reason = $2 where id = $1")
                .execute(Tuple.of(id, reason))
                .replaceWithVoid();
    }

    /** Makes a paused subscription match again; one disabled for another reason stays as it is. */
    public Uni<Void> resume(SqlConnection c, UUID id, String pausedReason) {
        return c.preparedQuery("update subscription set active = true, disabled_reason = null"
                        + " where id = $1 and disabled_reason = $2")
                .execute(Tuple.of(id, pausedReason))
                .replaceWithVoid();
    }

    private static Subscription first(RowSet<Row> rows) {
        return Rows.first(rows, SubscriptionStore::subscription).orElse(null);
    }

    /** The one place a subscription row becomes a {@link Subscription}. */
    private static Subscription subscription(Row r) {
        Subscription s = new Subscription();
        s.id = r.getUUID("id");
        s.facilityCode = r.getString("facility_code");
        s.kind = SubscriptionKind.valueOf(r.getString("kind"));
        s.target = r.getString("target");
        s.yjCode = r.getString("yj_code");
        s.channels = r.getArrayOfStrings("channels");
        s.minSeverity = r.getShort("min_severity");
        s.webhookUrl = r.getString("webhook_url");
        s.secret = r.getString("secret");
        s.previousSecret = r.getString("previous_secret");
        s.previousSecretExpiresAt = Rows.instant(r, "previous_secret_expires_at");
        s.active = r.getBoolean("active");
        s.disabledReason = r.getString("disabled_reason");
        s.createdAt = Rows.instant(r, "created_at");
        s.demandShiftAlerts = r.getBoolean("demand_shift_alerts");
        return s;
    }
}
