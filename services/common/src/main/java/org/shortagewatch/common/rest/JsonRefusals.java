package org.shortagewatch.common.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a request body Jackson refused, said as a field and a sentence: the field as the client named
 * it ({@link FieldNames}), or none when the body as a whole is not JSON.
 */
final class JsonRefusals {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']+)'");

    private static final Map<Class<?>, Text> KINDS = Map.ofEntries(
            Map.entry(LocalDate.class, Text.of("日付（YYYY-MM-DD の文字列）", "date (a YYYY-MM-DD string)")),
            Map.entry(OffsetDateTime.class, Text.of("日時（ISO 8601 の文字列）", "date-time (an ISO 8601 string)")),
            Map.entry(Integer.class, Text.of("整数", "whole number")),
            Map.entry(int.class, Text.of("整数", "whole number")),
            Map.entry(Long.class, Text.of("整数", "whole number")),
            Map.entry(long.class, Text.of("整数", "whole number")),
            Map.entry(BigInteger.class, Text.of("整数", "whole number")),
            Map.entry(BigDecimal.class, Text.of("数値", "number")),
            Map.entry(Boolean.class, Text.of("真偽値（true または false）", "boolean (true or false)")),
            Map.entry(boolean.class, Text.of("真偽値（true または false）", "boolean (true or false)")),
            Map.entry(String.class, Text.of("文字列", "string")),
            Map.entry(UUID.class, Text.of("UUID", "UUID")));

    private JsonRefusals() {
    }

    /** The offending field, or null when the body as a whole is to blame. */
    static String fieldOf(JsonProcessingException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A field given twice inside a nested object: the path leads to that object, the name is the field's.
            String path = pathOf(mapping);
            return duplicate.find() ? FieldNames.property(path, duplicate.group(1)) : path;
        }
        if (duplicate.find()) {
            String parent = e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                    ? pathOf(parser.getParsingContext().getParent()) : "";
            return FieldNames.property(parent, duplicate.group(1));
        }
        return null;
    }

    static Text detailOf(JsonProcessingException e) {
        if (DUPLICATE.matcher(String.valueOf(e.getOriginalMessage())).find()) {
            return Text.of("同じ項目が二度あります", "appears twice");
        }
        if (e instanceof ExplainedValueException explained) {
            return explained.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return Text.of("未知の項目です", "unknown field");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
            List<?> values = List.of(target.getEnumConstants());
            return value == null
                    ? Text.of("次のいずれかの文字列でなければなりません: " + values, "must be one of the strings " + values)
                    : Text.of("「" + value + "」は次のいずれでもありません: " + values,
                            "'" + value + "' is not one of " + values);
        }
        if (e instanceof InvalidFormatException format && target != null) {
            Text kind = KINDS.getOrDefault(target, Text.of(target.getSimpleName(), target.getSimpleName()));
            return Text.of("「" + format.getValue() + "」は正しい" + kind.ja() + "ではありません",
                    "'" + format.getValue() + "' is not a valid " + target.getSimpleName());
        }
        if (target != null && KINDS.containsKey(target)) {
            Text kind = KINDS.get(target);
            return Text.of(kind.ja() + "で書いてください", "must be a " + kind.en());
        }
        return Text.of("型または形式が正しくありません", "has the wrong type or form");
    }

    private static String pathOf(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path = FieldNames.property(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = FieldNames.item(path, ref.getIndex());
            }
        }
        return path;
    }

    /** Where the parser stands: the field (or item) each enclosing object (or array) was entered by. */
    static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return FieldNames.item(parent, context.getCurrentIndex());
        }
        return context.getCurrentName() == null ? parent : FieldNames.property(parent, context.getCurrentName());
    }
}
