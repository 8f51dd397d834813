package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.ReportMakerClient;

/**
 * What every page of a signed-in manufacturer has besides a {@link PortalPage}'s: manufacturer-report, called with
 * the user's token, which decides what the organisation may report and see.
 */
abstract class MakerPage extends PortalPage {

    @Inject
    @RestClient
    ReportMakerClient report;

    /** The organisation: the manufacturer's code (the access token's org claim). */
    String maker() {
        return ctx.orgOrEmpty();
    }
}
