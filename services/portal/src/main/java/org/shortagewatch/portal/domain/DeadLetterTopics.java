package org.shortagewatch.portal.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which dead-letter topics an operator can re-drive: those holding a record not re-driven yet (a re-drive sends back
 * only such records), each once, in the order the service listed them.
 */
public final class DeadLetterTopics {

    private DeadLetterTopics() {
    }

    public static <T> List<String> waiting(List<T> letters, Function<T, String> topic, Predicate<T> redriven) {
        Set<String> topics = new LinkedHashSet<>();
        for (T letter : letters) {
            if (!redriven.test(letter) && topic.apply(letter) != null) {
                topics.add(topic.apply(letter));
            }
        }
        return List.copyOf(topics);
    }
}
