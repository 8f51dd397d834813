package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.JsonSchema;

/**
 * What every event's contract test checks alike: each shape of the event, written as every producer writes it, is
 * valid against its JSON Schema and reads back equal, and the record's components are the schema's properties. A
 * test of one event adds what is its own (nested records, enums, what the schema refuses, the AsyncAPI document).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventContractTest<E extends Record> {

    final Class<E> type;
    final String schemaResource;
    final JsonSchema schema;

    EventContractTest(Class<E> type, String schemaResource) {
        this.type = type;
        this.schemaResource = schemaResource;
        this.schema = ContractTests.load(schemaResource);
    }

    /** Every shape of the event the record can take that is worth checking against the schema. */
    abstract Stream<E> everyShape();

    @ParameterizedTest
    @MethodSource("everyShape")
    void everyRecordValidatesAgainstItsSchemaAndReadsBack(E event) {
        ContractTests.assertValidAndRoundTrips(schema, event, type);
    }

    @Test
    void recordComponentsAndSchemaPropertiesAreTheSame() {
        assertEquals(ContractTests.properties(ContractTests.tree(schemaResource)), ContractTests.components(type));
    }
}
