package org.shortagewatch.infra.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.shortagewatch.infra.coverage.AnsweredRequests.Answer;
import org.shortagewatch.infra.hostile.OpenApiDocument;

/**
 * Which operations of a service no test called successfully: every operation of its OpenAPI document (and the few
 * endpoints the document leaves out, such as {@code GET /q/health}) against the answers a test run recorded
 * ({@link AnsweredRequests}). An operation added tomorrow without a test that uses it fails the module's build
 * tomorrow.
 */
public final class OperationCoverage {

    private final List<String> operations;

    private OperationCoverage(List<String> operations) {
        this.operations = List.copyOf(operations);
    }

    /** The operations of a service's OpenAPI document ({@code /q/openapi?format=json}). */
    public static OperationCoverage of(String openApiJson) {
        return new OperationCoverage(OpenApiDocument.parse(openApiJson).operations());
    }

    /** The same and {@code operation} ({@code "GET /q/health"}): an endpoint the document does not describe. */
    public OperationCoverage and(String operation) {
        List<String> more = new ArrayList<>(operations);
        more.add(operation);
        return new OperationCoverage(more);
    }

    /**
     * The same without {@code operation}, which no test can call successfully in this service, for the reason
     * given (the reason is for the reader of the test). An operation the document does not have is refused, so the
     * exception is removed when the operation is.
     */
    public OperationCoverage except(String operation, String reason) {
        if (!operations.contains(operation)) {
            throw new IllegalArgumentException("no operation " + operation + " to leave out (" + reason + ")");
        }
        List<String> fewer = new ArrayList<>(operations);
        fewer.remove(operation);
        return new OperationCoverage(fewer);
    }

    public List<String> operations() {
        return operations;
    }

    /**
     * Each operation that no answer succeeded for, with what it was answered instead ({@code "PUT /api/v1/x/{id}:
     * answered 400, 403"} or {@code "...: never called"}); empty when every operation has a success.
     */
    public List<String> withoutSuccess(List<Answer> answers) {
        Map<String, Set<Integer>> statuses = new LinkedHashMap<>();
        operations.forEach(operation -> statuses.put(operation, new TreeSet<>()));
        Set<String> succeeded = new TreeSet<>();
        for (Answer answer : answers) {
            operationOf(answer.method(), answer.path()).ifPresent(operation -> {
                statuses.get(operation).add(answer.status());
                if (answer.succeeded()) {
                    succeeded.add(operation);
                }
            });
        }
        List<String> missing = new ArrayList<>();
        statuses.forEach((operation, seen) -> {
            if (!succeeded.contains(operation)) {
                missing.add(operation + (seen.isEmpty() ? ": never called" : ": answered " + seen.toString()
                        .replaceAll("[\\[\\]]", "")));
            }
        });
        return missing;
    }

    /**
     * The operation a request was for: the one whose method is the same and whose path template matches the path,
     * a {@code {name}} segment matching any one segment; of several, the one with the most literal segments
     * ({@code /facilities/bulk} is not {@code /facilities/{code}}).
     */
    Optional<String> operationOf(String method, String path) {
        String[] asked = segments(path);
        String best = null;
        int bestLiterals = -1;
        for (String operation : operations) {
            int space = operation.indexOf(' ');
            if (!operation.substring(0, space).equals(method)) {
                continue;
            }
            String[] template = segments(operation.substring(space + 1));
            int literals = matches(template, asked);
            if (literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of literal segments of a template that matches, or -1. */
    private static int matches(String[] template, String[] asked) {
        if (template.length != asked.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (variable ? asked[i].isEmpty() : !template[i].equals(asked[i])) {
                return -1;
            }
            literals += variable ? 0 : 1;
        }
        return literals;
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
