package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A field has one name in every refusal, whoever found it wrong: dotted properties, items by index in brackets. */
class FieldNamesTest {

    record Product(@NotBlank String yjCode) {
    }

    record Body(List<@NotBlank String> gs1Codes, List<@Valid Product> targetProducts) {
    }

    @Test
    void propertiesAreDottedAndItemsIndexed() {
        assertEquals("yjCode", FieldNames.property("", "yjCode"));
        assertEquals("gs1Codes[0]", FieldNames.item("gs1Codes", 0));
        assertEquals("targetProducts[2].yjCode", FieldNames.property(FieldNames.item("targetProducts", 2), "yjCode"));
    }

    @Test
    void thePointerStepsIntoItemsByIndex() {
        assertEquals("#/yjCode", FieldNames.pointer("yjCode"));
        assertEquals("#/gs1Codes/0", FieldNames.pointer("gs1Codes[0]"));
        assertEquals("#/targetProducts/12/yjCode", FieldNames.pointer("targetProducts[12].yjCode"));
        assertEquals("#/facilities[line 3]", FieldNames.pointer("facilities[line 3]"));
        assertEquals("#/gs1Codes/0", Problem.FieldError.of(FieldNames.item("gs1Codes", 0), "x").pointer());
    }

    @Test
    void beanValidationNamesItemsAsTheClientWroteThem() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        Set<ConstraintViolation<Body>> violations = validator.validate(
                new Body(List.of("4987123456784", " "), List.of(new Product("2456990F1999"), new Product(""))));
        assertEquals(Set.of("gs1Codes[1]", "targetProducts[1].yjCode"),
                Set.copyOf(violations.stream().map(ProblemMappers::fieldOf).toList()));
    }

    @Test
    void jacksonNamesItemsAsTheClientWroteThem() {
        ObjectMapper mapper = new ObjectMapper();
        JsonMappingException wrongType = assertThrows(JsonMappingException.class, () -> mapper.readValue(
                "{\"gs1Codes\":[\"4987123456784\",{}],\"targetProducts\":[]}", Body.class));
        assertEquals("gs1Codes[1]", JsonRefusals.fieldOf(wrongType));
    }

    @Test
    void aFieldGivenTwiceInsideAnItemIsNamedWithItsIndex() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        String twice = "{\"targetProducts\":[{\"yjCode\":\"a\"},{\"yjCode\":\"a\",\"yjCode\":\"b\"}]}";
        JsonParseException duplicate = assertThrows(JsonParseException.class, () -> {
            try (JsonParser parser = mapper.createParser(twice)) {
                while (parser.nextToken() != null) {
                    parser.currentToken();
                }
            }
        });
        assertEquals("targetProducts[1].yjCode", JsonRefusals.fieldOf(duplicate));
    }
}
