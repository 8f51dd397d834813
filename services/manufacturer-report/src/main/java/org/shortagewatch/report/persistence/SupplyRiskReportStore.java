package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.RiskReportState;
import org.shortagewatch.report.domain.SupplyRiskReport;
import org.shortagewatch.report.domain.SupplyRiskRules;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Supply-risk reports (供給不安報告) on the SQL client: stored, read, withdrawn, and followed up by status changes in
 * the changes' own transaction, one statement per batch.
 */
@ApplicationScoped
public class SupplyRiskReportStore {

    private static final String COLUMNS = """
            id, yj_code, organisation_code, expected_response, expected_from, reason, expected_volume, details, state,
            submitted_at, submitted_by, followed_change_id, followed_revision, followed_effective_date, followed_at,
            withdrawn_at, withdrawal_reason""";

    /** Stores an open report; false (nothing stored) when the product already has an open one. */
    public Uni<Boolean> insert(SqlConnection c, SupplyRiskReport r) {
        return c.preparedQuery("""
                insert into supply_risk_report (id, yj_code, organisation_code, expected_response, expected_from,
                    reason, expected_volume, details, state, submitted_at, submitted_by)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                on conflict (yj_code) where state = 'OPEN' do nothing""")
                .execute(Tuple.from(Arrays.<Object>asList(r.id(), r.yjCode(), r.organisationCode(),
                        r.expectedResponse().name(), r.expectedFrom(), r.reason().name(),
                        r.expectedVolume() == null ? null : r.expectedVolume().name(), r.details(), r.state().name(),
                        r.submittedAt().atOffset(ZoneOffset.UTC), r.submittedBy())))
                .map(rows -> rows.rowCount() == 1);
    }

    /** One report, or null. */
    public Uni<SupplyRiskReport> find(SqlClient client, UUID id) {
        return client.preparedQuery("select " + COLUMNS + " from supply_risk_report where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, SupplyRiskReportStore::reportOf).orElse(null));
    }

    /**
     * Reports newest first, at most {@code limit}: of one organisation (null: every one), in one state (null: any).
     */
    public Uni<List<SupplyRiskReport>> list(SqlClient client, String organisationCode, RiskReportState state,
            int limit) {
        return client.preparedQuery("select " + COLUMNS + """
                 from supply_risk_report
                where ($1::text is null or organisation_code = $1) and ($2::text is null or state = $2)
                order by submitted_at desc, id limit $3""")
                .execute(Tuple.of(organisationCode, state == null ? null : state.name(), limit))
                .map(SupplyRiskReportStore::reportsOf);
    }

    /** Withdraws an open report; false when it is no longer open. */
    public Uni<Boolean> withdraw(SqlConnection c, UUID id, String reason, Instant at) {
        return c.preparedQuery("""
                update supply_risk_report set state = $2, withdrawn_at = $3, withdrawal_reason = $4
                where id = $1 and state = $5""")
                .execute(Tuple.of(id, RiskReportState.WITHDRAWN.name(), at.atOffset(ZoneOffset.UTC), reason,
                        RiskReportState.OPEN.name()))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * The link: each open report of a product that one of {@code changes} puts in limited shipment or stops becomes
     * followed, naming that change. One statement for the whole batch (at most one change per product).
     */
    public Uni<Void> follow(SqlConnection c, List<StatusChange> changes) {
        List<StatusChange> following = changes.stream()
                .filter(change -> SupplyRiskRules.followsUp(change.report.shipmentResponse())).toList();
        if (following.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery("""
                update supply_risk_report r set state = $5, followed_change_id = t.id, followed_revision = t.rev,
                    followed_effective_date = t.eff, followed_at = $6
                from unnest($1::text[], $2::bigint[], $3::bigint[], $4::date[]) as t(yj, id, rev, eff)
                where r.yj_code = t.yj and r.state = $7""")
                .execute(Tuple.from(Arrays.<Object>asList(
                        following.stream().map(ch -> ch.report.yjCode()).toArray(String[]::new),
                        following.stream().map(ch -> ch.id).toArray(Long[]::new),
                        following.stream().map(ch -> ch.revision).toArray(Long[]::new),
                        following.stream().map(ch -> ch.report.effectiveDate()).toArray(LocalDate[]::new),
                        RiskReportState.FOLLOWED.name(), following.get(0).reportedAt.atOffset(ZoneOffset.UTC),
                        RiskReportState.OPEN.name())))
                .replaceWithVoid();
    }

    private static List<SupplyRiskReport> reportsOf(RowSet<Row> rows) {
        return Rows.list(rows, SupplyRiskReportStore::reportOf);
    }

    private static SupplyRiskReport reportOf(Row r) {
        Long followedId = r.getLong("followed_change_id");
        String volume = r.getString("expected_volume");
        return new SupplyRiskReport(r.getUUID("id"), r.getString("yj_code"), r.getString("organisation_code"),
                ShipmentResponse.valueOf(r.getString("expected_response")), r.getLocalDate("expected_from"),
                ShortageReason.valueOf(r.getString("reason")), volume == null ? null : ShipmentVolume.valueOf(volume),
                r.getString("details"), RiskReportState.valueOf(r.getString("state")), Rows.instant(r, "submitted_at"),
                r.getString("submitted_by"), followedId == null ? null : new SupplyRiskReport.FollowingChange(
                        followedId, r.getLong("followed_revision"), r.getLocalDate("followed_effective_date"),
                        Rows.instant(r, "followed_at")),
                Rows.instant(r, "withdrawn_at"), r.getString("withdrawal_reason"));
    }
}
