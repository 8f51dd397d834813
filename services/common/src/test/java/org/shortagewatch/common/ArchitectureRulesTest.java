package org.shortagewatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    private static final Path ROOT = projectRoot();
    private static final int MAX_CLASS_LINES = 300;
    private static final int MAX_RESOURCE_LINES = 150;
    /** Build output, installed packages, local run data: not the project's sources. */
    private static final Set<String> NOT_SOURCES = Set.of("target", "node_modules", ".git", ".local", ".mvn");
    /** A JAX-RS resource: a class annotated with {@code @Path} (the annotation at the start of a line). */
    private static final Pattern RESOURCE = Pattern.compile("(?m)^@Path\\(");
    /** A REST client or another interface, which may carry {@code @Path} too. */
    private static final Pattern INTERFACE = Pattern.compile("(?m)^(public )?interface ");
    /** What a resource must not hold: the SQL client (pool or connection), a Hibernate session or factory, outbox. */
    private static final Pattern PERSISTENCE = Pattern.compile(
            "(?m)^\\s+(private |final |static )*(Instance<\\s*)?([a-z]\\w*\\.)*"
            + "(Pool|PgPool|SqlClient|SqlConnection|Mutiny\\.SessionFactory|Mutiny\\.Session|Mutiny\\.StatelessSession"
            + "|Outbox)\\b[^;(]*;");
    /** What a domain class must not import: a framework that has to be started. */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "(?m)^import (static )?(io\\.quarkus|io\\.vertx|io\\.smallrye|jakarta|org\\.hibernate"
                    + "|org\\.eclipse\\.microprofile)\\.");

    @Test
    void noClassIsLongerThan300Lines() throws IOException {
        List<Path> all = javaFiles();
        assertTrue(all.size() >= 800, "the tree's Java files are found: " + all.size());
        assertEquals(List.of(), all.stream().filter(f -> lines(f) > MAX_CLASS_LINES)
                .map(f -> f + " (" + lines(f) + " lines)").toList());
    }

    @Test
    void resourcesAreShortAndHoldNoPersistence() throws IOException {
        List<Path> resources = javaFiles().stream().filter(f -> f.startsWith("services") && isMain(f))
                .filter(f -> RESOURCE.matcher(text(f)).find() && !INTERFACE.matcher(text(f)).find()).toList();
        assertTrue(resources.size() >= 20, "the services' resources are found: " + resources.size());
        assertEquals(List.of(), resources.stream().filter(f -> lines(f) > MAX_RESOURCE_LINES)
                .map(f -> f + " (" + lines(f) + " lines)").toList());
        assertEquals(List.of(), resources.stream().filter(f -> PERSISTENCE.matcher(text(f)).find())
                .map(Path::toString).toList());
    }

    @Test
    void domainRulesArePlainJava() throws IOException {
        List<Path> domain = javaFiles().stream().filter(f -> f.startsWith("services") && isMain(f))
                .filter(f -> contains(f, "domain")).toList();
        assertTrue(domain.size() >= 50, "the services' domain classes are found: " + domain.size());
        assertEquals(List.of(), domain.stream().filter(f -> FRAMEWORK.matcher(text(f)).find())
                .map(Path::toString).toList());
    }

    @Test
    void theRulesCatchWhatTheyAreAbout() {
        assertTrue(PERSISTENCE.matcher("    @Inject\n    Pool pool;").find(), "a pool field");
        assertTrue(PERSISTENCE.matcher("    Instance<Pool> pool;").find(), "a pool looked up");
        assertTrue(PERSISTENCE.matcher("    io.vertx.mutiny.sqlclient.Pool pool;").find(), "a pool by its full name");
        assertTrue(PERSISTENCE.matcher("    private final SqlClient client;").find(), "the SQL client");
        assertTrue(PERSISTENCE.matcher("    Mutiny.SessionFactory sessions;").find(), "a session factory field");
        assertTrue(PERSISTENCE.matcher("    Outbox outbox;").find(), "an outbox field");
        assertFalse(PERSISTENCE.matcher("        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());").find(),
                "a worker pool is not the SQL client's");
        assertFalse(PERSISTENCE.matcher("    OutboxView view;").find(), "another type whose name begins alike");
        assertTrue(RESOURCE.matcher("@Path(\"/api/v1/x\")\npublic class X {").find(), "a resource class");
        assertFalse(RESOURCE.matcher("    @Path(\"/{id}\")\n    public Uni<X> get() {").find(), "a method's path");
        assertTrue(INTERFACE.matcher("@Path(\"/api/v1\")\n@RegisterRestClient\npublic interface XClient {").find(),
                "a REST client");
        assertTrue(FRAMEWORK.matcher("import io.smallrye.mutiny.Uni;").find(), "a framework's type");
        assertTrue(FRAMEWORK.matcher("import jakarta.inject.Inject;").find(), "an injection point");
        assertFalse(FRAMEWORK.matcher("import org.shortagewatch.common.bulk.Sheet;").find(), "common's plain toolkit");
    }

    /** The project's root: the first folder up from here with the Maven wrapper and services/. */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (mvnw and services/) above " + Path.of("").toAbsolutePath());
    }

    /** The Java sources of the tree, as paths inside it, leaving out build output and installed packages. */
    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.map(ROOT::relativize).filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> NOT_SOURCES.stream().noneMatch(part -> contains(f, part))).toList();
        }
    }

    private static boolean isMain(Path file) {
        return file.toString().contains("src" + file.getFileSystem().getSeparator() + "main");
    }

    private static boolean contains(Path file, String name) {
        for (Path part : file) {
            if (part.toString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static long lines(Path file) {
        return text(file).lines().count();
    }

    private static String text(Path file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
