package org.shortagewatch.common.rest;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.shortagewatch.common.validation.ControlCharacters;
import org.shortagewatch.common.validation.DateRange;

/**
 * Request bodies are read strictly: what a lenient reader would guess at is refused with a 400 naming the field. An
 * unknown field, a field given twice, an enum given as its ordinal, a number where text is expected or text where a
 * number is, a fraction where a whole number is, a number or an array where a date is, and anything after the JSON
 * value are all errors. (Events on Kafka are read by schemas' {@code EventJson}, which tolerates fields added by a
 * newer producer; this mapper is the REST API's.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus' own customisers, so this date reader wins over the Java-time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(LocalDate.class, new DateAsText())
                .addDeserializer(String.class, new TextWithoutControls()));
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.DateTime, LogicalType.Enum}) {
            var coercion = mapper.coercionConfigFor(scalar);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (!native_(scalar, shape)) {
                    coercion.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
    }

    /** The one JSON shape each kind of scalar is written in (null stays allowed: Bean Validation judges it). */
    private static boolean native_(LogicalType scalar, CoercionInputShape shape) {
        return switch (scalar) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual, DateTime, Enum -> shape == CoercionInputShape.String;
            default -> true;
        };
    }

    /**
     * A date is a YYYY-MM-DD string within the domain's {@link DateRange}: never a number (epoch days) or an array of
     * numbers, as Jackson would allow.
     */
    static final class DateAsText extends StdScalarDeserializer<LocalDate> {

        DateAsText() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            DateRange.Reading reading = DateRange.current().read(p.getText());
            if (reading.problem() != null) {
                throw new ExplainedValueException(p, p.getText(), LocalDate.class, reading.problem());
            }
            return reading.date();
        }
    }

    /** Text without control characters ({@link ControlCharacters}); otherwise read as Jackson reads strings. */
    static final class TextWithoutControls extends StdScalarDeserializer<String> {

        TextWithoutControls() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            int control = text == null ? -1 : ControlCharacters.indexIn(text);
            if (control >= 0) {
                throw new ExplainedValueException(p, text, String.class, ControlCharacters.describe(text, control));
            }
            return text;
        }
    }
}
