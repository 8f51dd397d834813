package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.AllocationAdminClient;
import org.shortagewatch.portal.client.NotificationAdminClient;
import org.shortagewatch.portal.client.ReportAdminClient;
import org.shortagewatch.portal.client.ServiceAdminClient;
import org.shortagewatch.portal.domain.BackendService;

/**
 * What every page of a signed-in operator has besides a {@link PortalPage}'s: the three services, called with the
 * user's token; each decides what an operator may read and change.
 */
abstract class AdminPage extends PortalPage {

    @Inject
    @RestClient
    ReportAdminClient report;

    @Inject
    @RestClient
    AllocationAdminClient allocation;

    @Inject
    @RestClient
    NotificationAdminClient notification;

    /** The service's operator calls (audit trail, dead letters). */
    ServiceAdminClient service(BackendService service) {
        return switch (service) {
            case REPORT -> report;
            case ALLOCATION -> allocation;
            case NOTIFICATION -> notification;
        };
    }
}
