package org.shortagewatch.report.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of a table that downloads as JSON or CSV (the national aggregates, the scorecard), as
 * received; each is read, and a malformed one refused naming it, when asked for.
 */
public class TableQuery {

    @Parameter(description = QueryParams.AS_OF)
    @RestQuery
    String asOf;

    @Parameter(description = "json or csv")
    @RestQuery
    String format;

    LocalDate day() {
        return QueryParams.asOf(asOf);
    }

    Download download() {
        return Download.of(format, Download.JSON, Download.CSV);
    }
}
