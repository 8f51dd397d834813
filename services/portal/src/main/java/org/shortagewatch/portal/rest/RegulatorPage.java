package org.shortagewatch.portal.rest;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationRegulatorClient;
import org.shortagewatch.portal.client.RegulatorApi;

/**
 * What every notice page of a signed-in regulator has besides a {@link PortalPage}'s: notification's notice workflow,
 * called with the user's token, which decides who may draft, review, publish and read the rates.
 */
abstract class RegulatorPage extends PortalPage {

    /** The drafting form's inputs, named as notification names the fields of a notice. */
    static final Set<String> INPUTS = Set.of("addressees", "addresseeOrganisations", "targetFacilityKinds", "issuer",
            "title", "background", "requests", "targetProducts", "consultationDesk", "followsUp");

    @Inject
    @RestClient
    NotificationRegulatorClient notices;

    /** A notice's page. */
    static String noticePath(UUID id) {
        return "/regulator/notices/" + id;
    }

    /**
     * Takes a workflow step and goes on to the page of the notice it answers; refused, {@code again} shows the page
     * the step came from with the refusal.
     */
    Response step(Supplier<RegulatorApi.Notice> call, Function<Refusal, Response> again) {
        return PageResponses.changed(() -> noticePath(call.get().id()), again);
    }
}
