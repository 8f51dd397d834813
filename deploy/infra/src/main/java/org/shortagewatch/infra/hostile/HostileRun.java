package org.shortagewatch.infra.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One run of a hostile suite: the state it must keep, and the verdict on each request. Every case that fails (known
 * or not) is also written, request and answer, to {@value #REPORT} in the working directory (the module's, under
 * Maven), for whoever fixes it.
 */
final class HostileRun {

    static final String REPORT = "target/hostile-input-defects.txt";
    private static final long QUIET_MILLIS = 1000;
    private static final long QUIET_WAIT_MILLIS = 30_000;

    private final URI root;
    private final Set<String> knownDefects;
    private ServiceState state;
    private Map<String, Long> rows;
    private Map<String, Long> topics;

    HostileRun(URI root, Set<String> knownDefects) {
        this.root = root;
        this.knownDefects = knownDefects;
    }

    /** Waits until the service is quiet (what earlier tests left is done), then takes the state before. */
    void start() throws SQLException, InterruptedException {
        state = new ServiceState();
        quiet();
        try {
            Files.createDirectories(Path.of(REPORT).getParent());
            Files.writeString(Path.of(REPORT), "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until rows and topics stay the same for a moment, and keeps them as the state to compare with. */
    private void quiet() throws SQLException, InterruptedException {
        rows = state.rows();
        topics = state.topics();
        long deadline = System.currentTimeMillis() + QUIET_WAIT_MILLIS;
        while (true) {
            Thread.sleep(QUIET_MILLIS);
            Map<String, Long> nowRows = state.rows();
            Map<String, Long> nowTopics = state.topics();
            if (nowRows.equals(rows) && nowTopics.equals(topics)) {
                break;
            }
            Assertions.assertTrue(System.currentTimeMillis() < deadline, "the service never became quiet: "
                    + ServiceState.difference(rows, nowRows) + " " + ServiceState.difference(topics, nowTopics));
            rows = nowRows;
            topics = nowTopics;
        }
    }

    void send(HostileRequest request) throws SQLException {
        Assertions.assertNotNull(state, "the state before was not taken");
        HostileClient.Answer answer = HostileClient.send(root, request);
        String wrong = Refusals.check(request, answer.status(), answer.contentType(), answer.noSniff(),
                answer.body());
        Map<String, Long> after = state.rows();
        String changed = ServiceState.difference(rows, after);
        rows = after;
        if (!changed.isEmpty()) {
            wrong = (wrong == null ? "" : wrong + "; ") + "changed the database: " + changed + published();
        }
        boolean known = knownDefects.contains(request.id());
        if (wrong != null) {
            record(request, answer, wrong, known);
            Assumptions.assumeFalse(known, "known defect: " + wrong);
            Assertions.fail(wrong + "\n  request: " + describe(request) + "\n  answer: " + answer);
        }
        Assertions.assertFalse(known, "refused as required now: remove \"" + request.id() + "\" from KNOWN_DEFECTS");
    }

    /**
     * After a request that changed the database: waits for what it wrote to settle (the outbox to publish), and
     * takes the state anew, so that what it published is said here and not blamed on the end of the run.
     */
    private String published() throws SQLException {
        Map<String, Long> before = topics;
        try {
            quiet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String difference = ServiceState.difference(before, topics);
        return difference.isEmpty() ? "" : "; published: " + difference;
    }

    /** Once every request was sent: the topics as they were (after the outbox has had time to publish). */
    void finish() throws Exception {
        Assertions.assertNotNull(state, "the state before was not taken");
        try (ServiceState closing = state) {
            Thread.sleep(2 * QUIET_MILLIS);
            String changed = ServiceState.difference(topics, closing.topics());
            Assertions.assertEquals("", changed, "hostile requests put records on topics");
        }
    }

    static String describe(HostileRequest request) {
        String body = request.body() == null ? "(no body)" : request.body().length() > 300
                ? request.body().substring(0, 300) + "... (" + request.body().length() + " characters)" : request.body();
        String headers = request.headers().entrySet().stream()
                .map(h -> h.getKey() + ": " + (h.getKey().equals("Authorization") ? "Bearer …" : h.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("no headers");
        return request.method() + " " + request.pathAndQuery() + " [" + headers + "] " + body;
    }

    private static void record(HostileRequest request, HostileClient.Answer answer, String wrong, boolean known) {
        String line = (known ? "KNOWN " : "NEW   ") + request.id() + "\n  " + wrong + "\n  request: "
                + describe(request) + "\n  answer: " + answer + "\n";
        try {
            Files.writeString(Path.of(REPORT), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
