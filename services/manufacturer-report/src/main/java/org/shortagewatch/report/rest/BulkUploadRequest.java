package org.shortagewatch.report.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.service.BulkUploads;

import io.smallrye.mutiny.Uni;

/**
 * What every bulk upload takes beside its file (the mode, the file's Content-Type, the idempotency key), and what the
 * OpenAPI document says of it.
 */
public class BulkUploadRequest {

    static final String DESCRIPTION = " The body is the file: text/csv (UTF-8, or Shift_JIS when it says"
            + " charset=Shift_JIS or is not valid UTF-8) or xlsx (first sheet), with the national list's header row"
            + " (columns found by their circled number ① to ⑳ or their label, in any order). It runs as a job:"
            + " 202 Accepted, then GET the Location for progress and outcome; errors name row and column.";
    static final String ACCEPTED = "Accepted; follow the job at its Location";

    @Parameter(description = "all-or-nothing (default): any invalid row rejects the whole file;"
            + " accept-valid: the valid rows are recorded and the others listed")
    @RestQuery
    String mode;

    @RestHeader("Content-Type")
    String contentType;

    @Parameter(description = "Makes a retry safe: an upload repeated with the same key gets the same job back and"
            + " records nothing more (remembered for 24 hours)")
    @RestHeader(IdempotentRequests.HEADER)
    String idempotencyKey;

    /** Submits {@code file} as a job of {@code kind}: 202 Accepted with the job (see {@link BulkUploads#submit}). */
    Uni<RestResponse<BulkJobView>> submit(BulkUploads uploads, BulkJobKind kind, byte[] file) {
        return uploads.submit(kind, file, contentType, mode, idempotencyKey).map(BulkJobResource::accepted);
    }
}
