package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationUserClient;

/**
 * What every page of a signed-in facility has besides a {@link PortalPage}'s: notification, called with the user's
 * token, which decides what the facility may see and do.
 */
abstract class FacilityPage extends PortalPage {

    @Inject
    @RestClient
    NotificationUserClient notification;
}
