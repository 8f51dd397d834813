package org.shortagewatch.notification.messaging;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.ProcessedEvents;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies an event's effect in the current transaction only the first time the event is seen: its id goes into
 * {@code processed_event} with the effect, so a redelivered event, or one read again by a restarted consumer,
 * changes nothing.
 */
@ApplicationScoped
public class OnceOnly {

    /** The consumer name of this service's consumers in {@code processed_event}. */
    static final String CONSUMER = "notification";
    private static final Logger LOG = Logger.getLogger(OnceOnly.class);

    @Inject
    ProcessedEvents processed;

    public Uni<Void> apply(IncomingEvent event, Function<Mutiny.Session, Uni<Void>> effect) {
        return Panache.getSession().chain(session -> processed.firstTime(session, event.id(), CONSUMER)
                .chain(first -> {
                    if (!first) {
                        LOG.debugf("event %s already applied; ignored", event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(session);
                }));
    }
}
