package org.shortagewatch.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shortagewatch.common.validation.ControlCharacters;
import org.shortagewatch.common.validation.DateRange;

/**
 * Query parameters are checked before a resource sees them, so a bad one is a 400 naming it (JAX-RS would answer a
 * number that is not a number with 404, and Jackson-free booleans read "garbage" as false): text without control
 * characters; a parameter the method takes once given at most once; numbers, booleans ({@code true} or
 * {@code false}), UUIDs and dates (YYYY-MM-DD within {@link DateRange}) in their form.
 */
public class QueryParameters {

    private record Declared(String name, Class<?> type, boolean many) {
    }

    private final Map<Method, List<Declared>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        query.forEach((name, values) -> {
            Text control = controlCharacterIn(values);
            if (control != null) {
                errors.add(Problem.FieldError.of(name, control));
            }
        });
        Method method = resource == null ? null : resource.getResourceMethod();
        if (errors.isEmpty() && method != null) {
            for (Declared parameter : declared.computeIfAbsent(method, QueryParameters::declaredBy)) {
                List<String> values = query.get(parameter.name());
                if (values == null || values.isEmpty()) {
                    continue;
                }
                if (!parameter.many() && values.size() > 1) {
                    errors.add(Problem.FieldError.of(parameter.name(), Text.of(
                            "一度だけ指定してください（" + values.size() + " 回指定されています）",
                            "may be given once (it was given " + values.size() + " times)")));
                    continue;
                }
                for (String value : values) {
                    Text wrong = wrongForm(parameter.type(), value);
                    if (wrong != null) {
                        errors.add(Problem.FieldError.of(parameter.name(), wrong));
                        break;
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Problem.FieldError first = errors.get(0);
        return Optional.of(ProblemMappers.respond(400, "invalid-request", "Invalid request",
                Text.of(first.field() + ": " + first.in(Language.JA).detail(), first.field() + ": " + first.detail()),
                request.getUriInfo(), Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE)), errors));
    }

    /** What the first control character among a parameter's values is and where it stands, or null when none has one. */
    static Text controlCharacterIn(List<String> values) {
        for (String value : values) {
            int at = ControlCharacters.indexIn(value);
            if (at >= 0) {
                return ControlCharacters.describe(value, at);
            }
        }
        return null;
    }

    /** Why a value is not of the parameter's type, or null when it is. */
    static Text wrongForm(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    return Text.of("「" + value + "」は true か false でなければなりません",
                            "'" + value + "' must be true or false");
                }
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                return DateRange.current().read(value).problem();
            }
            return null;
        } catch (NumberFormatException e) {
            return Text.of("「" + value + "」は整数ではありません", "'" + value + "' is not a whole number");
        } catch (IllegalArgumentException e) {
            return Text.of("「" + value + "」は UUID ではありません", "'" + value + "' is not a UUID");
        }
    }

    /** The query parameters a method takes: its own, and the fields of its {@code @BeanParam}s. */
    private static List<Declared> declaredBy(Method method) {
        List<Declared> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    declared(field.getAnnotations(), field.getType(), found);
                }
            }
            declared(parameter.getAnnotations(), parameter.getType(), found);
        }
        return List.copyOf(found);
    }

    private static void declared(Annotation[] annotations, Class<?> type, List<Declared> found) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                found.add(new Declared(query.value(), type, Collection.class.isAssignableFrom(type) || type.isArray()));
            }
        }
    }
}
