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

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * One round of the dispatcher's sends, bounded so that no send outlives the claim it was made under: a delivery is
 * started only within the round's {@code window}, at most so many at once, and has {@code timeout} from its start to
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
     * Sends {@code due} at most {@code inFlight} at once; answers the attempts made, and adds to {@code notStarted}
     * (which must take additions from any thread) those the window closed on.
     *
     * @param failed what a failure to send, or to answer within the timeout, is recorded as
     */
    Uni<List<DeliveryAttempt>> send(List<DueDelivery> due, int inFlight, Function<DueDelivery, Uni<DeliveryAttempt>> send,
            BiFunction<DueDelivery, Throwable, DeliveryAttempt> failed, Collection<DueDelivery> notStarted) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(due)
                .onItem().transformToUni(d -> {
                    if (nanoTime.getAsLong() - startBy > 0) {
                        notStarted.add(d);
                        return Uni.createFrom().item(List.<DeliveryAttempt>of());
                    }
                    // an answer comes on the loop; a failure may not (a timeout fires elsewhere): it is handed there
                    return Uni.createFrom().deferred(() -> send.apply(d))
                            .ifNoItem().after(timeout).fail()
                            .onFailure().recoverWithUni(failure -> Uni.createFrom()
                                    .item(() -> failed.apply(d, failure)).emitOn(loop))
                            .map(List::of);
                }).merge(inFlight)
                .collect().in(ArrayList::new, List::addAll);
    }
}
