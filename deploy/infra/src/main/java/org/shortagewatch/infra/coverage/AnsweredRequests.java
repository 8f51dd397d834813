package org.shortagewatch.infra.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * What the tests of this JVM asked and how they were answered (method, path, status): the record that
 * {@link OperationCoverage} reads once every other test class of the module has run. Every REST Assured request is
 * recorded by a filter that {@link #install()} registers (the test resource does it for each Quarkus application of
 * the run); a test that uses another client records its answer with {@link #record}.
 *
 * <p>The record is a file, {@code target/answered-requests/<pid>.txt}, not a field: Quarkus loads each test
 * application's classes (REST Assured's and this one among them) in a class loader of its own, so a static field
 * would exist once per application, where the file exists once per JVM.
 */
public final class AnsweredRequests {

    /** One answered request; {@code path} is the path that was asked, without its query. */
    public record Answer(String method, String path, int status) {

        /** 2xx, or a redirection (a 303 after a form post is that operation's success); never a refusal. */
        public boolean succeeded() {
            return status >= 200 && status < 400;
        }
    }

    private static final Path DIRECTORY = Path.of("target", "answered-requests");
    /** What this class loader has written already: a test calls the same path many times. */
    private static final Set<String> WRITTEN = ConcurrentHashMap.newKeySet();

    private AnsweredRequests() {
    }

    /** Records every REST Assured request from now on (once per class loader, however often it is called). */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(Recorder.class::isInstance)) {
            RestAssured.filters(new Recorder());
        }
    }

    /** Records an answer that a client other than REST Assured received. */
    public static void record(String method, URI uri, int status) {
        record(method, uri.toString(), status);
    }

    /** Every distinct answer this JVM recorded, in the order it first came. */
    public static List<Answer> ofThisJvm() {
        Path file = file();
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().distinct().map(AnsweredRequests::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(String method, String uri, int status) {
        String line = method.toUpperCase(Locale.ROOT) + " " + pathOf(uri) + " " + status;
        if (!WRITTEN.add(line)) {
            return;
        }
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a URI as a client sent it, e.g. {@code /api/v1/products/123} of {@code http://h:1/api/v1/products/123?x=1}. */
    static String pathOf(String uri) {
        int scheme = uri.indexOf("://");
        int start = scheme < 0 ? 0 : uri.indexOf('/', scheme + 3);
        if (start < 0) {
            return "/";
        }
        int end = uri.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = uri.indexOf(stop, start);
            end = at < 0 ? end : Math.min(end, at);
        }
        return start == end ? "/" : uri.substring(start, end);
    }

    static Answer parse(String line) {
        int first = line.indexOf(' ');
        int last = line.lastIndexOf(' ');
        return new Answer(line.substring(0, first), line.substring(first + 1, last),
                Integer.parseInt(line.substring(last + 1)));
    }

    private static Path file() {
        return DIRECTORY.resolve(ProcessHandle.current().pid() + ".txt");
    }

    /** The REST Assured filter: lets the request through, then records its answer. */
    private static final class Recorder implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            record(request.getMethod(), request.getURI(), answer.statusCode());
            return answer;
        }
    }
}
