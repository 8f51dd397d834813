package org.shortagewatch.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The object mapper that reads a manifest into the API's Java types as strictly as the API server's strict field
 * validation ({@code kubectl apply --validate=strict}) reads it.
 *
 * <p>The fabric8 and Strimzi types keep fields they do not know in an "additional properties" map (a Jackson
 * any-setter), which would accept any misspelt field without a word; this mapper ignores every any-setter, so an
 * unknown field fails with its path. And it converts no scalar into another: a number where the API wants a string
 * (an unquoted port in a ConfigMap's data, an environment value), a string where it wants a number or a boolean,
 * fail as the API server's decoder fails on them. Maps declared as maps (labels, annotations, a Kafka's
 * {@code config}) still take any key.
 */
final class StrictMapper {

    private StrictMapper() {
    }

    static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new IgnoreAnySetters())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /** Treats no method as an any-setter, so unknown fields reach FAIL_ON_UNKNOWN_PROPERTIES. */
    private static final class IgnoreAnySetters extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
