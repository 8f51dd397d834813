package org.shortagewatch.notification.rest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.persistence.FeedSignals;
import org.shortagewatch.notification.persistence.Inbox;

import io.smallrye.mutiny.Multi;

/**
 * A recipient's live feed as server-sent events. Each event's id is its feed position; a client that reconnects
 * with {@code Last-Event-ID} gets every message after it, in order, and none twice. Positions become visible in
 * order (see {@link org.shortagewatch.notification.persistence.RecipientMatcher}), so reading "after n" never skips
 * one.
 */
@Path("/api/v1/streams/{recipient}")
@Tag(name = "Streams", description = "Server-sent events per facility, resumable with Last-Event-ID")
public class StreamResource {

    /** A recipient is a facility (its 10-digit code) or a wholesaler (its code as its tokens carry it). */
    static final String RECIPIENT = "^[A-Za-z0-9_-]{1,64}$";
    static final String RECIPIENT_HINT = "{shortagewatch.recipient.format}";

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    FeedSignals signals;

    @Inject
    NotificationSettings.Sse settings;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The recipient's messages as server-sent events (event id = feed position)",
            description = "Send Last-Event-ID to resume after the last event received; without it the stream starts "
                    + "with the oldest message kept.")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER, Roles.MANUFACTURER, Roles.ADMIN})
    public Multi<OutboundSseEvent> stream(
            @PathParam("recipient") @Pattern(regexp = RECIPIENT, message = RECIPIENT_HINT) String recipient,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        if (!caller.actsFor(recipient)) {
            throw ProblemException.notYours(Text.of("ストリーム " + recipient + " はありません", "no stream " + recipient));
        }
        AtomicLong cursor = new AtomicLong(parse(lastEventId));
        // Woken at once by every commit of feed rows, and by a slow timer in case a notification was missed. While a
        // read runs, further wake-ups collapse into one (the latest), read after it: none is lost, none piles up.
        return Multi.createBy().merging().streams(
                        Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(settings.pollInterval()),
                        signals.ticks())
                .onOverflow().dropPreviousItems()
                // one poll at a time, each after the last position the previous one read
                .onItem().transformToUniAndConcatenate(tick -> inbox.feedAfter(recipient, cursor.get(), 100)
                        .invoke(entries -> {
                            if (!entries.isEmpty()) {
                                cursor.set(entries.get(entries.size() - 1).position());
                            }
                        }))
                .onItem().transformToMultiAndConcatenate(entries -> Multi.createFrom().iterable(entries))
                .map(entry -> sse.newEventBuilder()
                        .id(Long.toString(entry.position()))
                        .name(entry.kind())
                        .mediaType(MediaType.TEXT_PLAIN_TYPE)
                        .data(EventJson.write(entry))
                        .build());
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("Last-Event-ID", Text.of("このストリームが送ったイベントの ID にしてください",
                    "must be the id of an event this stream sent"));
        }
    }
}
