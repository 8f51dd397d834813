package org.shortagewatch.portal.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.shortagewatch.portal.domain.UploadFormat;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * notification, called with the signed-in operator's access token: a facility list registered in bulk, and its audit
 * trail and dead letters.
 */
@RegisterRestClient(configKey = "notification")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationAdminClient extends ServiceAdminClient {

    /**
     * A facility list ({@code code,kind,name[,email]}) as CSV, its bytes as they are (UTF-8 or Shift_JIS): how many
     * were registered ({@code registered}), or a refusal naming each bad cell by row and column.
     */
    @POST
    @Path("/facilities/bulk")
    @Consumes("text/csv")
    Map<String, Integer> facilitiesCsv(byte[] file);

    /** The same list as an xlsx workbook (its first sheet). */
    @POST
    @Path("/facilities/bulk")
    @Consumes(UploadFormat.XLSX_TYPE)
    Map<String, Integer> facilitiesXlsx(byte[] file);
}
