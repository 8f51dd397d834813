package org.shortagewatch.notification.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.notification.domain.NoticeStatus;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Notices as the workflow's steps read and write them: on the SQL client, in the step's transaction, so the
 * notice's new state commits with its audit row, its ledger and its outbox event. The {@link NoticeEntity}s it
 * answers are plain objects, not attached to any session: a step changes one and writes it back with
 * {@link #update}. Reading notices for display stays on the entity's Panache session ({@code NoticeReader}).
 */
@ApplicationScoped
public class NoticeStore {

    private static final String COLUMNS = """
            id, status, issued_on, addressees, addressee_orgs, target_facility_kinds, issuer, title, background,
            requests, target_yj_codes, target_names, consultation_desk, follows_up, drafted_by, reviewed_by, revision,
            recipients, fanout_ms, published_at, withdrawn_at, withdrawal_reason, created_at, updated_at, review_comment,
            drafted_by_name, reviewed_by_name""";

    /** A notice, or null when there is none. */
    public Uni<NoticeEntity> find(SqlConnection c, UUID id) {
        return c.preparedQuery("select " + COLUMNS + " from notice where id = $1").execute(Tuple.of(id))
                .map(NoticeStore::first);
    }

    /** A notice locked for update until the transaction ends, so two steps on it never interleave; or null. */
    public Uni<NoticeEntity> lock(SqlConnection c, UUID id) {
        return c.preparedQuery("select " + COLUMNS + " from notice where id = $1 for update").execute(Tuple.of(id))
                .map(NoticeStore::first);
    }

    /** The notices a notice follows up, oldest issue first, for citing them. */
    public Uni<List<NoticeEntity>> followed(SqlConnection c, NoticeEntity n) {
        if (n.followsUp.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        return c.preparedQuery("select " + COLUMNS + " from notice where id = any($1::uuid[]) order by issued_on")
                .execute(Tuple.of(n.followsUpIds().toArray(UUID[]::new)))
                .map(rows -> Rows.list(rows, NoticeStore::notice));
    }

    /** How many of the notices {@code ids} (distinct) exist and have been published. */
    public Uni<Integer> countPublished(SqlConnection c, List<UUID> ids) {
        return c.preparedQuery("select count(*) as published from notice where id = any($1::uuid[])"
                + " and published_at is not null")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getLong("published").intValue());
    }

    /** Stores a new notice. */
    public Uni<NoticeEntity> insert(SqlConnection c, NoticeEntity n) {
        return c.preparedQuery("insert into notice (" + COLUMNS + """
                ) values ($1, $2, $3, $4::text[], $5::text[], $6::text[], $7, $8, $9, $10::text[], $11::text[],
                          $12::text[], $13, $14::text[], $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26,
                          $27)""")
                .execute(Tuple.from(Arrays.<Object>asList(n.id, n.status.name(), n.issuedOn, n.addressees,
                        n.addresseeOrgs, n.targetFacilityKinds, n.issuer, n.title, n.background, n.requests,
                        n.targetYjCodes, n.targetNames, n.consultationDesk, n.followsUp, n.draftedBy, n.reviewedBy,
                        n.revision, n.recipients, n.fanoutMs, Rows.timestamptz(n.publishedAt),
                        Rows.timestamptz(n.withdrawnAt), n.withdrawalReason, Rows.timestamptz(n.createdAt),
                        Rows.timestamptz(n.updatedAt), n.reviewComment, n.draftedByName, n.reviewedByName)))
                .replaceWith(n);
    }

    /** Writes back every field of a notice a step changed (all but its id and creation time). */
    public Uni<NoticeEntity> update(SqlConnection c, NoticeEntity n) {
        return c.preparedQuery("""
                update notice set status = $2, issued_on = $3, addressees = $4::text[], addressee_orgs = $5::text[],
                    target_facility_kinds = $6::text[], issuer = $7, title = $8, background = $9,
                    requests = $10::text[], target_yj_codes = $11::text[], target_names = $12::text[],
                    consultation_desk = $13, follows_up = $14::text[], drafted_by = $15, reviewed_by = $16,
                    revision = $17, recipients = $18, fanout_ms = $19, published_at = $20, withdrawn_at = $21,
                    withdrawal_reason = $22, updated_at = $23, review_comment = $24, drafted_by_name = $25,
                    reviewed_by_name = $26
                where id = $1""")
                .execute(Tuple.from(Arrays.<Object>asList(n.id, n.status.name(), n.issuedOn, n.addressees,
                        n.addresseeOrgs, n.targetFacilityKinds, n.issuer, n.title, n.background, n.requests,
                        n.targetYjCodes, n.targetNames, n.consultationDesk, n.followsUp, n.draftedBy, n.reviewedBy,
                        n.revision, n.recipients, n.fanoutMs, Rows.timestamptz(n.publishedAt),
                        Rows.timestamptz(n.withdrawnAt), n.withdrawalReason, Rows.timestamptz(n.updatedAt),
                        n.reviewComment, n.draftedByName, n.reviewedByName)))
                .replaceWith(n);
    }

    private static NoticeEntity first(RowSet<Row> rows) {
        return Rows.first(rows, NoticeStore::notice).orElse(null);
    }

    /** The one place a notice row becomes a {@link NoticeEntity}. */
    private static NoticeEntity notice(Row r) {
        NoticeEntity n = new NoticeEntity();
        n.id = r.getUUID("id");
        n.status = NoticeStatus.valueOf(r.getString("status"));
        n.issuedOn = r.getLocalDate("issued_on");
        n.addressees = r.getArrayOfStrings("addressees");
        n.addresseeOrgs = r.getArrayOfStrings("addressee_orgs");
        n.targetFacilityKinds = r.getArrayOfStrings("target_facility_kinds");
        n.issuer = r.getString("issuer");
        n.title = r.getString("title");
        n.background = r.getString("background");
        n.requests = r.getArrayOfStrings("requests");
        n.targetYjCodes = r.getArrayOfStrings("target_yj_codes");
        n.targetNames = r.getArrayOfStrings("target_names");
        n.consultationDesk = r.getString("consultation_desk");
        n.followsUp = r.getArrayOfStrings("follows_up");
        n.draftedBy = r.getString("drafted_by");
        n.reviewedBy = r.getString("reviewed_by");
        n.draftedByName = r.getString("drafted_by_name");
        n.reviewedByName = r.getString("reviewed_by_name");
        n.revision = r.getInteger("revision");
        n.recipients = r.getInteger("recipients");
        n.fanoutMs = r.getInteger("fanout_ms");
        n.publishedAt = Rows.instant(r, "published_at");
        n.withdrawnAt = Rows.instant(r, "withdrawn_at");
        n.withdrawalReason = r.getString("withdrawal_reason");
        n.createdAt = Rows.instant(r, "created_at");
        n.updatedAt = Rows.instant(r, "updated_at");
        n.reviewComment = r.getString("review_comment");
        return n;
    }
}
