package org.shortagewatch.portal.rest;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.RegulatorAllocationClient;
import org.shortagewatch.portal.client.RegulatorReportClient;

/**
 * What the regulator's pages of national figures (the dashboard, the map) have besides a {@link PortalPage}'s: manufacturer-report and
 * wholesaler-allocation, called with the user's token, which decide what the regulator may read. A page asks its
 * calls all at once and waits for them together, at most {@link #WAIT}.
 */
abstract class RegulatorFiguresPage extends PortalPage {

    /** The longest a page waits for its calls together (each client has its own read timeout too). */
    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @RestClient
    RegulatorReportClient report;

    @Inject
    @RestClient
    RegulatorAllocationClient allocation;
}
