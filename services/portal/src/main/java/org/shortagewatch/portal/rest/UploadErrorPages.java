package org.shortagewatch.portal.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.domain.ErrorCsv;

import io.quarkus.security.Authenticated;

/**
 * {@code POST /uploads/errors.csv}: the refused cells a page showed of a file the service answered at once (a
 * wholesaler's records, an operator's facility list), sent back by the page's download form, as CSV for Excel. The
 * portal keeps no upload, and the service no job to fetch them from; a manufacturer's upload, which has a job, has
 * its own download ({@code /maker/uploads/{id}/errors.csv}).
 */
@Path("/uploads/errors.csv")
@Authenticated
public class UploadErrorPages extends PortalPage {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/csv")
    public Response errors(@RestForm List<String> row, @RestForm List<String> column, @RestForm List<String> detail) {
        return pages.errorCsv(ErrorCsv.fromForm(row, column, detail), "upload-errors.csv");
    }
}
