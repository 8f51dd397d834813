package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeadLetterTopicsTest {

    record Letter(String topic, boolean redriven) {
    }

    @Test
    void eachTopicWithARecordNotRedrivenOnceInTheServicesOrder() {
        List<Letter> letters = List.of(new Letter("b-dlq", false), new Letter("a-dlq", true),
                new Letter("b-dlq", false), new Letter("c-dlq", true), new Letter("c-dlq", false));
        assertEquals(List.of("b-dlq", "c-dlq"), DeadLetterTopics.waiting(letters, Letter::topic, Letter::redriven));
        assertEquals(List.of(), DeadLetterTopics.waiting(List.<Letter>of(), Letter::topic, Letter::redriven));
    }
}
