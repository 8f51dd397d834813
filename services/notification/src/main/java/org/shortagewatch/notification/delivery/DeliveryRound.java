package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.shortagewatch.notification.persistence.DeliveryAttempt;
import org.shortagewatch.notification.persistence.DueDelivery;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * One round of the dispatcher's sends, bounded so that no send outlives the claim it was made under: a delivery is
 * started only within the round's {@code window}, at most so many at once and so many to one endpoint (never more than
 * its connections, so a send is never queued for one while its time runs), and has {@code timeout} from its start to
 * its answer, after which it is a failed attempt (an endpoint that trickles its answer, a mail server that never
 * replies). A delivery the window closed on is left for the caller to put back untried, to be claimed again at once.
 * So a round ends within window and timeout however slow its endpoints are, and the claim's lease, longer than both,
 * never runs out under a send another dispatcher could then claim and make again.
 */
final class DeliveryRound {

    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final long startBy;
    private final Executor loop;

    /**
     * @param window how long after now deliveries may still be started
     * @param nanoTime the clock the window is measured by ({@code System::nanoTime})
     * @param loop where a failure is handed on, so the next send starts there too (a timeout fires elsewhere)
     */
    DeliveryRound(Duration timeout, Duration window, LongSupplier nanoTime, Executor loop) {
        this.timeout = timeout;
        this.nanoTime = nanoTime;
        this.startBy = nanoTime.getAsLong() + window.toNanos();
        this.loop = loop;
    }

    /**
     * How many sends of a channel may be in flight at once: {@code inFlight} in all, {@code perEndpoint} to one
     * endpoint (its connections, so that no send waits in a connection queue while its timeout runs).
     */
    record Bounds(int inFlight, int perEndpoint, Function<DueDelivery, String> endpoint) {

        /** A channel whose every send goes to one server (the mail server). */
        static Bounds oneEndpoint(int inFlight) {
            return new Bounds(inFlight, inFlight, d -> "");
        }
    }

    /**
     * Sends {@code due} within {@code bounds}; answers the attempts made, and adds to {@code notStarted} (which must
     * take additions from any thread) those the window closed on.
     *
     * @param failed what a failure to send, or to answer within the timeout, is recorded as
     */
    Uni<List<DeliveryAttempt>> send(List<DueDelivery> due, Bounds bounds, Function<DueDelivery, Uni<DeliveryAttempt>> send,
            BiFunction<DueDelivery, Throwable, DeliveryAttempt> failed, Collection<DueDelivery> notStarted) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().emitter(emitter -> new Sending(new EndpointLanes(due, bounds.perEndpoint(),
                bounds.endpoint()), bounds.inFlight(), send, failed, notStarted, emitter).startWhatMay());
    }

    /**
     * The sends of one call: started while the window is open and the bounds leave room, the next ones as answers come
     * (on any thread), the rest left unstarted once the window has closed; done when the last answer is in.
     */
    private final class Sending {

        private final EndpointLanes lanes;
        private final int inFlight;
        private final Function<DueDelivery, Uni<DeliveryAttempt>> send;
        private final BiFunction<DueDelivery, Throwable, DeliveryAttempt> failed;
        private final Collection<DueDelivery> notStarted;
        private final UniEmitter<? super List<DeliveryAttempt>> emitter;
        private final List<DeliveryAttempt> made = new ArrayList<>();
        private int sending;
        /** Whether a thread is starting sends: an answer that comes meanwhile leaves its room to that thread. */
        private boolean starting;
        private boolean done;

        Sending(EndpointLanes lanes, int inFlight, Function<DueDelivery, Uni<DeliveryAttempt>> send,
                BiFunction<DueDelivery, Throwable, DeliveryAttempt> failed, Collection<DueDelivery> notStarted,
                UniEmitter<? super List<DeliveryAttempt>> emitter) {
            this.lanes = lanes;
            this.inFlight = inFlight;
            this.send = send;
            this.failed = failed;
            this.notStarted = notStarted;
            this.emitter = emitter;
        }

        void startWhatMay() {
            synchronized (this) {
                if (starting) {
                    return;
                }
                starting = true;
            }
            List<DueDelivery> next = startable();
            while (!next.isEmpty()) {
                next.forEach(this::start);
                next = startable();
            }
            List<DeliveryAttempt> all = null;
            synchronized (this) {
                if (!done && sending == 0 && lanes.isEmpty()) {
                    done = true;
                    all = List.copyOf(made);
                }
            }
            if (all != null) {
                emitter.complete(all);
            }
        }

        /** What may start now, counted in flight; when nothing may, no thread is starting any longer. */
        private synchronized List<DueDelivery> startable() {
            if (nanoTime.getAsLong() - startBy > 0) {
                notStarted.addAll(lanes.drain());
            }
            List<DueDelivery> next = new ArrayList<>();
            for (DueDelivery d; sending < inFlight && (d = lanes.take()) != null; sending++) {
                next.add(d);
            }
            starting = !next.isEmpty();
            return next;
        }

        private void start(DueDelivery d) {
            // an answer comes on the loop; a failure may not (a timeout fires elsewhere): it is handed there
            Uni.createFrom().deferred(() -> send.apply(d))
                    .ifNoItem().after(timeout).fail()
                    .onFailure().recoverWithUni(failure -> Uni.createFrom()
                            .item(() -> failed.apply(d, failure)).emitOn(loop))
                    .subscribe().with(attempt -> answered(d, attempt));
        }

        private void answered(DueDelivery d, DeliveryAttempt attempt) {
            synchronized (this) {
                made.add(attempt);
                sending--;
                lanes.answered(d);
            }
            startWhatMay();
        }
    }
}
