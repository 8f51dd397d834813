package org.shortagewatch.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value in a request body that has the right type but is refused, with the reason in both languages. */
public class ExplainedValueException extends InvalidFormatException {

    private final transient Text reason;

    public ExplainedValueException(JsonParser parser, Object value, Class<?> type, Text reason) {
        super(parser, reason.en(), value, type);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
