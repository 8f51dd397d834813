package org.shortagewatch.infra.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The order of a module's test classes within each Quarkus application: by {@link Order} (unannotated classes in
 * the middle, a suite's {@link EndOfSuiteChecks} last), then by name, as before. Quarkus's own class orderer groups
 * the classes by application and runs the groups in the order of their first class, so the end-of-suite checks, with
 * a test profile of their own, run after every other class. A module uses it as Quarkus's secondary orderer:
 * {@code junit.quarkus.orderer.secondary-orderer} in its test {@code META-INF/microprofile-config.properties}
 * (a {@code junit-platform.properties} would replace Quarkus's orderer, and its grouping, altogether).
 *
 * <p>It also notes which classes the run has, so that such a last class can tell a run of the whole suite from a
 * run of a few selected classes ({@link #testClassesNotInThisRun}).
 */
public final class RunOrder implements ClassOrderer {

    static final String RUN_CLASSES = "shortagewatch.test.run-classes";
    /** The class names Maven Surefire runs by default. */
    private static final Pattern SUREFIRE_NAMES = Pattern.compile("(Test[^$/]*|[^$/]*(Test|Tests|TestCase))\\.class");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        classes.sort(Comparator.comparingInt(RunOrder::order).thenComparing(c -> c.getTestClass().getName()));
        if (!classes.isEmpty() && !classes.get(0).isAnnotated(Nested.class)) {
            System.setProperty(RUN_CLASSES, String.join(",", classes.stream()
                    .map(c -> c.getTestClass().getName()).toList()));
        }
    }

    /** A class's {@link Order}; the {@link EndOfSuiteChecks} of a suite come last. */
    private static int order(ClassDescriptor descriptor) {
        if (EndOfSuiteChecks.class.isAssignableFrom(descriptor.getTestClass())) {
            return Integer.MAX_VALUE;
        }
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }

    /**
     * The test classes under {@code testClasses} (a module's {@code target/test-classes}) that this JVM's run does not
     * have: those Surefire would run by their name and that have a test method. Empty: the whole suite runs. A run
     * of one class never reaches this orderer, so then every other class is listed.
     */
    public static List<String> testClassesNotInThisRun(Path testClasses, ClassLoader loader) {
        Set<String> run = Set.of(System.getProperty(RUN_CLASSES, "").split(","));
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.filter(f -> SUREFIRE_NAMES.matcher(f.getFileName().toString()).matches())
                    .map(f -> testClasses.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !run.contains(name) && hasTests(name, loader))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTests(String className, ClassLoader loader) {
        try {
            Class<?> candidate = Class.forName(className, false, loader);
            return !Modifier.isAbstract(candidate.getModifiers()) && !ReflectionSupport.findMethods(candidate,
                    method -> AnnotationSupport.isAnnotated(method, Testable.class), HierarchyTraversalMode.TOP_DOWN)
                    .isEmpty();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
