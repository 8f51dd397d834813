package org.shortagewatch.infra.hostile;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicNode;

/**
 * The hostile-input suite of one service, generated from its own OpenAPI document: every write operation gets its
 * hostile requests ({@link HostileRequests}), each a dynamic test named after its case, grouped by operation. Each
 * must be refused ({@link Refusals}) and leave the database as it was; the topics are compared once at the end (what
 * reaches them goes through the outbox, which the database check already covers).
 *
 * <p>A test gives the token of an allowed role for every write operation ({@code "METHOD /path/template"}); an
 * operation the document has and the map lacks fails the suite, so a new endpoint cannot go unattacked. Cases listed
 * in its known defects are run too: they pass as aborted while they still fail, and fail once they pass, so the list
 * shrinks as fixes land.
 */
public final class HostileSuite {

    /** Writes one organisation may make in a burst (the tests' rate limit is 600), with room for other tests. */
    static final int WRITES_PER_ORGANISATION = 550;

    private final URI root;
    private final Map<String, String> allowed;
    private final Map<String, String> otherOrganisation = new HashMap<>();
    private final Map<String, Map<String, String>> pathValues = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private Set<String> knownDefects = Set.of();

    private HostileSuite(URI root, Map<String, String> allowed) {
        this.root = root;
        this.allowed = Map.copyOf(allowed);
    }

    /**
     * @param root          the service under test, e.g. {@code http://localhost:8081}
     * @param allowedTokens for each write operation, the {@code Authorization} value of a role it allows
     */
    public static HostileSuite of(URI root, Map<String, String> allowedTokens) {
        return new HostileSuite(root, allowedTokens);
    }

    /** For an operation whose path names an organisation's object: a caller of an allowed role of another one. */
    public HostileSuite otherOrganisation(String operation, String authorization) {
        otherOrganisation.put(operation, authorization);
        return this;
    }

    /** The base value of the operation's path parameters (others are generated from their schema). */
    public HostileSuite pathValues(String operation, Map<String, String> values) {
        pathValues.put(operation, Map.copyOf(values));
        return this;
    }

    /**
     * For an operation on one organisation's object: the base value of its path parameters, and a caller of an
     * allowed role of another organisation, who must not reach the object.
     */
    public HostileSuite objectOf(String operation, Map<String, String> values, String otherOrganisation) {
        return pathValues(operation, values).otherOrganisation(operation, otherOrganisation);
    }

    /** JSON operations: fields laid over the generated base body. Others: the base body itself. */
    public HostileSuite baseBody(String operation, String body) {
        bodies.put(operation, body);
        return this;
    }

    /** Case ids ({@link HostileRequest#id()}) known to fail today. */
    public HostileSuite knownDefects(List<String> ids) {
        knownDefects = Set.copyOf(ids);
        return this;
    }

    /** The whole suite; the OpenAPI document is read now. */
    public Stream<DynamicNode> tests() {
        List<WriteOperation> operations = OpenApiDocument.parse(HostileClient.openApi(root)).writeOperations();
        List<String> uncovered = operations.stream().map(WriteOperation::key).filter(k -> !allowed.containsKey(k))
                .toList();
        Map<String, List<HostileRequest>> byOperation = new LinkedHashMap<>();
        Map<String, Integer> writesByOrg = new TreeMap<>();
        for (WriteOperation operation : operations) {
            if (allowed.containsKey(operation.key())) {
                OperationCallers callers = new OperationCallers(allowed.get(operation.key()),
                        otherOrganisation.get(operation.key()));
                List<HostileRequest> requests = HostileRequests.of(operation, callers,
                        pathValues.getOrDefault(operation.key(), Map.of()), bodies.get(operation.key()));
                byOperation.put(operation.key(), requests);
                writesByOrg.merge(callers.org(), requests.size(), Integer::sum);
            }
        }
        Set<String> ids = byOperation.values().stream().flatMap(List::stream).map(HostileRequest::id)
                .collect(Collectors.toSet());
        HostileRun run = new HostileRun(root, knownDefects);
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("every write operation of the OpenAPI document has a caller", () ->
                Assertions.assertEquals(List.of(), uncovered, "write operations without an allowed token")));
        nodes.add(dynamicTest("known defects name cases that exist", () ->
                Assertions.assertEquals(Set.of(), new TreeSet<>(knownDefects.stream().filter(d -> !ids.contains(d))
                        .toList()), "KNOWN_DEFECTS entries that match no case")));
        nodes.add(dynamicTest("no organisation exceeds its rate limit", () -> writesByOrg.forEach((org, writes) ->
                Assertions.assertTrue(writes <= WRITES_PER_ORGANISATION, "organisation " + org + " would make "
                        + writes + " writes; give some operations a token of another organisation"))));
        nodes.add(dynamicTest("state before", run::start));
        byOperation.forEach((operation, requests) -> nodes.add(dynamicContainer(operation + " (" + requests.size()
                + " requests)", requests.stream().map(r -> dynamicTest(r.name(), () -> run.send(r))))));
        nodes.add(dynamicTest("topics unchanged", run::finish));
        return nodes.stream();
    }
}
