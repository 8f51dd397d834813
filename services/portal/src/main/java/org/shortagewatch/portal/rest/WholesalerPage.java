package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.client.WholesalerClient;

/**
 * What every page of a signed-in wholesaler has besides a {@link PortalPage}'s: wholesaler-allocation, called with
 * the user's token, which decides for which wholesaler the user may post and read; and the names of the products it
 * lists.
 */
abstract class WholesalerPage extends PortalPage {

    @Inject
    @RestClient
    WholesalerClient allocation;

    /** The names of the products and ingredients a page lists, from manufacturer-report's public catalogue. */
    @Inject
    ProductNames names;

    /** The organisation: the wholesaler's code (the access token's org claim). */
    String wholesaler() {
        return ctx.orgOrEmpty();
    }
}
