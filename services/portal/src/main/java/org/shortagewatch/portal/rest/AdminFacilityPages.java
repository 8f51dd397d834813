package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.shortagewatch.portal.domain.UploadFormat;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * Facilities in bulk ({@code /admin/facilities}): a facility list (CSV or xlsx, {@code code,kind,name[,email]}) sent to
 * notification as it is, which registers the whole file or refuses it naming each bad cell by row and column; the
 * refusal as a table and, for Excel, as a CSV file made from the table the page shows (the portal keeps nothing).
 */
@Path("/admin/facilities")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminFacilityPages extends AdminPage {

    @Inject
    Template adminFacilities;

    @GET
    public Response form() {
        return pages.ok(adminFacilities.data("registered", null).data("error", null).data("fileName", null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        UploadFormat format = file == null ? null : UploadFormat.of(file.fileName(), file.contentType());
        if (format == null) {
            return page(null, new Refusal(415, ""), null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            Map<String, Integer> answer = format == UploadFormat.CSV ? notification.facilitiesCsv(bytes)
                    : notification.facilitiesXlsx(bytes);
            return page(answer.getOrDefault("registered", 0), null, file.fileName());
        } catch (IOException unreadable) {
            return page(null, new Refusal(400, unreadable.getMessage()), file.fileName());
        } catch (RuntimeException failure) {
            return page(null, Refusal.of(failure), file.fileName());
        }
    }

    private Response page(Integer registered, Refusal error, String fileName) {
        return pages.page(error == null ? 200 : error.pageStatus(), adminFacilities.data("registered", registered)
                .data("error", error).data("fileName", fileName));
    }
}
