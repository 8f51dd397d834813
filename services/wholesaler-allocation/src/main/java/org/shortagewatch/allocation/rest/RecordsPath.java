package org.shortagewatch.allocation.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

/**
 * The path of a wholesaler's records of one kind, {@code /api/v1/wholesalers/{wholesalerCode}/{kind}}: one record
 * is posted there as JSON, many as a file.
 */
public class RecordsPath {

    /** The kinds' path segments, as the resource's path template matches them. */
    static final String KINDS = "orders|shipments|stock";

    @PathParam("wholesalerCode")
    @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT)
    String wholesalerCode;

    @PathParam("kind")
    @Parameter(description = WholesalerDataDoc.KIND)
    String kind;

    String wholesalerCode() {
        return wholesalerCode;
    }

    /** The kind of record the path names. */
    RecordKind kind() {
        return RecordKind.ofPath(kind).orElseThrow(() -> ProblemException.notFound(
                Text.of("そのような種類の記録はありません: " + kind, "no such kind of record: " + kind)));
    }
}
