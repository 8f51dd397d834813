package org.shortagewatch.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.smallrye.mutiny.Uni;

/**
 * wholesaler-allocation's map of one ingredient across Japan, which the wholesaler's and the regulator's pages read
 * alike: each role's client ({@link WholesalerClient}, {@link RegulatorAllocationClient}) extends it with its address
 * and the user's token, and the service decides who may read it. It answers later, so a page may ask it beside other
 * calls.
 */
public interface IngredientMapClient {

    /** The 47 prefectures of an ingredient; a refusal's details come in the page's language. */
    @GET
    @Path("/ingredients/{ingredientKey}/prefectures")
    Uni<WholesalerApi.IngredientMap> map(@PathParam("ingredientKey") String ingredientKey);
}
