package org.shortagewatch.report.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.persistence.BulkJob;
import org.shortagewatch.report.persistence.BulkJobErrors;
import org.shortagewatch.report.persistence.BulkJobQueue;
import org.shortagewatch.report.persistence.BulkJobRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/bulk-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk uploads", description = "National-list files of products or status changes, run as jobs")
public class BulkJobResource {

    @Inject
    BulkJobRepository jobs;

    @Inject
    Caller caller;

    @Inject
    BulkJobErrors errors;

    @Inject
    BulkJobQueue queue;

    @GET
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "一括登録ジョブの一覧（新しい順、ページ単位）",
            description = "各ジョブの状態と行数（totalRows, validatedRows, acceptedRows, unchangedRows, rejectedRows）を"
                    + "示します。行ごとのエラーは含みません（ジョブを一件ずつ GET してください）。製造販売業者には自社の"
                    + "ジョブだけ、管理者にはすべての組織のジョブが見えます。")
    @WithSession
    public Uni<PageView<BulkJobView>> list(@Parameter(description = "Page number, from 1") @QueryParam("page")
            String page, @Parameter(description = "Jobs per page, 1 to 500; default 50") @QueryParam("size")
            String size, @Context HttpHeaders headers) {
        Language language = Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE));
        int number = QueryParams.pageNumber(page);
        int perPage = QueryParams.pageSize(size);
        String org = caller.isAdmin() ? null : caller.org().orElse("");
        return jobs.newestFirst(org, number, perPage).chain(found -> jobs.countOf(org).map(total -> PageView.of(
                found.stream().map(job -> BulkJobView.of(job, null, null, language)).toList(), number, perPage,
                total)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "A bulk upload's progress and outcome",
            description = "Visible to the organisation that uploaded it and to admins; others get 404.")
    public Uni<BulkJobView> get(@PathParam("id") String id, @Context HttpHeaders headers) {
        Language language = Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE));
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(noJob(id));
        }
        return jobs.read(jobId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(noJob(id)))
                .invoke(job -> {
                    if (!caller.actsFor(job.org)) {
                        throw ProblemException.notYours(noJob(id));
                    }
                })
                .chain(job -> (job.kind == BulkJobKind.STATUS_CHANGES ? queue.eventsPublished(job.id)
                        : Uni.createFrom().<Long>nullItem())
                        .map(published -> BulkJobView.of(job, errors.fromColumn(job), published, language)));
    }

    /** 202 Accepted with the job, where to follow it, and whether it repeats an earlier upload with the same key. */
    static RestResponse<BulkJobView> accepted(IdempotentRequests.Outcome<BulkJob> outcome) {
        BulkJob job = outcome.value();
        var response = RestResponse.ResponseBuilder.<BulkJobView>accepted()
                .location(URI.create("/api/v1/bulk-jobs/" + job.id))
                .entity(BulkJobView.of(job, List.of(), null, Language.JA));
        if (outcome.replayed()) {
            response.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static Text noJob(String id) {
        return Text.of("一括登録ジョブ " + id + " はありません", "no bulk job " + id);
    }
}
