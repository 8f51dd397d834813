package org.shortagewatch.notification.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.shortagewatch.notification.persistence.DueDelivery;

/**
 * A round's deliveries waiting to be sent, one lane per endpoint in the order they were claimed, with how many of each
 * lane are in flight: a delivery is taken only from a lane with room (fewer than {@code perEndpoint} in flight), the
 * lanes in turn, so a delivery never waits for a connection behind another endpoint's backlog, nor in its own
 * endpoint's connection queue, where its timeout would run before it was sent. Not thread-safe: its round guards it.
 */
final class EndpointLanes {

    private final int perEndpoint;
    /** Each delivery's lane, found once when the round starts. */
    private final Map<DueDelivery, String> laneOf = new IdentityHashMap<>();
    private final Map<String, ArrayDeque<DueDelivery>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    /** The lanes with a delivery waiting and room for it, each once, in turn. */
    private final ArrayDeque<String> ready = new ArrayDeque<>();

    EndpointLanes(List<DueDelivery> due, int perEndpoint, Function<DueDelivery, String> endpoint) {
        this.perEndpoint = perEndpoint;
        for (DueDelivery d : due) {
            String lane = endpoint.apply(d);
            laneOf.put(d, lane);
            waiting.computeIfAbsent(lane, e -> new ArrayDeque<>()).add(d);
        }
        ready.addAll(waiting.keySet());
    }

    /** The next delivery that may be sent now, counted in flight; null when every waiting one's lane is full. */
    DueDelivery take() {
        String lane = ready.poll();
        if (lane == null) {
            return null;
        }
        ArrayDeque<DueDelivery> queue = waiting.get(lane);
        DueDelivery next = queue.poll();
        int sending = inFlight.merge(lane, 1, Integer::sum);
        if (!queue.isEmpty() && sending < perEndpoint) {
            ready.add(lane);
        }
        return next;
    }

    /** {@code d}, taken before, was answered: its lane has room again. */
    void answered(DueDelivery d) {
        String lane = laneOf.get(d);
        boolean wasFull = inFlight.merge(lane, -1, Integer::sum) + 1 >= perEndpoint;
        if (wasFull && !waiting.get(lane).isEmpty()) {
            ready.add(lane);
        }
    }

    boolean isEmpty() {
        return ready.isEmpty() && waiting.values().stream().allMatch(ArrayDeque::isEmpty);
    }

    /** Every delivery still waiting, lane by lane, which are left empty. */
    List<DueDelivery> drain() {
        List<DueDelivery> left = new ArrayList<>();
        waiting.values().forEach(queue -> {
            left.addAll(queue);
            queue.clear();
        });
        ready.clear();
        return left;
    }
}
