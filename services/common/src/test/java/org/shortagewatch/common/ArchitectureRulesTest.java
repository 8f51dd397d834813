package org.shortagewatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md that a class's text shows, checked on the whole tree so that a change breaking
 * one fails the build: no class over 300 lines (services, schemas, deploy, bench, tests included); no resource over
 * 150 lines; no resource that injects the SQL client's {@code Pool}, a Hibernate session or session factory, or the
 * {@code Outbox} (resources translate HTTP; services do the work); a service's {@code domain/} in plain Java, with no
 * framework to start (Quarkus, Vert.x, SmallRye, Jakarta EE, Hibernate or MicroProfile) for its unit tests.
 */
class ArchitectureRulesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private static final int MAX_CLASS_LINES = 300;
    private static final int MAX_RESOURCE_LINES = 150;
    /** A JAX-RS resource: a class annotated with {@code @Path} (the annotation at the start of a line). */
    private static final Pattern RESOURCE = Pattern.compile("(?m)^@Path\\(");
    /** What a resource must not hold: the SQL client's pool, a Hibernate session or factory, the outbox. */
    private static final Pattern PERSISTENCE = Pattern.compile(
            "\\b(Pool|Mutiny\\.Session|Mutiny\\.SessionFactory|Mutiny\\.StatelessSession|Outbox)\\s+\\w+\\s*;");
    /** What a domain class must not import: a framework that has to be started. */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "(?m)^import (static )?(io\\.quarkus|io\\.vertx|io\\.smallrye|jakarta|org\\.hibernate"
                    + "|org\\.eclipse\\.microprofile)\\.");

    @Test
    void noClassIsLongerThan300Lines() throws IOException {
        List<String> tooLong = javaFiles(ROOT).filter(f -> lines(f) > MAX_CLASS_LINES)
                .map(f -> ROOT.relativize(f) + " (" + lines(f) + " lines)").toList();
        assertEquals(List.of(), tooLong);
    }

    @Test
    void resourcesAreShortAndHoldNoPersistence() throws IOException {
        List<Path> resources = javaFiles(ROOT.resolve("services"))
                .filter(f -> f.toString().contains("/src/main/") && RESOURCE.matcher(text(f)).find()).toList();
        assertTrue(resources.size() >= 20, "the services' resources are found: " + resources.size());
        assertEquals(List.of(), resources.stream().filter(f -> lines(f) > MAX_RESOURCE_LINES)
                .map(f -> ROOT.relativize(f) + " (" + lines(f) + " lines)").toList());
        assertEquals(List.of(), resources.stream().filter(f -> PERSISTENCE.matcher(text(f)).find())
                .map(f -> ROOT.relativize(f).toString()).toList());
    }

    @Test
    void domainRulesArePlainJava() throws IOException {
        List<Path> domain = javaFiles(ROOT.resolve("services"))
                .filter(f -> f.toString().contains("/src/main/") && f.toString().contains("/domain/")).toList();
        assertTrue(domain.size() >= 50, "the services' domain classes are found: " + domain.size());
        assertEquals(List.of(), domain.stream().filter(f -> FRAMEWORK.matcher(text(f)).find())
                .map(f -> ROOT.relativize(f).toString()).toList());
    }

    @Test
    void theRulesCatchWhatTheyAreAbout() {
        assertTrue(PERSISTENCE.matcher("    @Inject\n    Pool pool;").find(), "a pool field");
        assertTrue(PERSISTENCE.matcher("    Mutiny.SessionFactory sessions;").find(), "a session factory field");
        assertTrue(PERSISTENCE.matcher("    Outbox outbox;").find(), "an outbox field");
        assertFalse(PERSISTENCE.matcher(".runSubscriptionOn(Infrastructure.getDefaultWorkerPool());").find(),
                "a worker pool is not the SQL client's");
        assertTrue(RESOURCE.matcher("@Path(\"/api/v1/x\")\npublic class X {").find(), "a resource class");
        assertFalse(RESOURCE.matcher("    @Path(\"/{id}\")\n    public Uni<X> get() {").find(), "a method's path");
        assertTrue(FRAMEWORK.matcher("import io.smallrye.mutiny.Uni;").find(), "a framework's type");
        assertTrue(FRAMEWORK.matcher("import jakarta.inject.Inject;").find(), "an injection point");
        assertFalse(FRAMEWORK.matcher("import org.shortagewatch.common.bulk.Sheet;").find(), "common's plain toolkit");
    }

    /** The Java sources below {@code dir}, leaving out build output and installed packages. */
    private static Stream<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/")
                            && !f.toString().contains("/.git/") && !f.toString().contains("/.local/"))
                    .toList().stream();
        }
    }

    private static long lines(Path file) {
        return text(file).lines().count();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
