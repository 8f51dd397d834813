package org.shortagewatch.portal.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.qute.TemplateData;

/** wholesaler-allocation, with the signed-in user's token: a facility's quotas and its "cannot obtain" reports. */
@RegisterRestClient(configKey = "allocation")
@AccessToken
@Path("/api/v1")
public interface AllocationClient {

    @TemplateData
    record QuotaLine(String yjCode, String wholesalerCode, LocalDate periodStart, LocalDate periodEnd,
            long baselineUnits, long floorUnits, long quotaUnits, long usedUnits, long remainingUnits,
            boolean newCustomer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CannotObtainRequest(String facilityCode, String yjCode, LocalDate date, String note) {
    }

    @GET
    @Path("/facilities/{code}/quotas")
    List<QuotaLine> quotas(@PathParam("code") String facilityCode);

    @POST
    @Path("/cannot-obtain-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    void cannotObtain(CannotObtainRequest body);
}
