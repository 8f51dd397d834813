package org.shortagewatch.infra.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

class RunOrderTest {

    static class B {
    }

    @Order(Integer.MAX_VALUE)
    static class A {
    }

    static class C {
    }

    @Test
    void classesRunByNameAndAClassOrderedLastRunsLast() {
        String before = System.getProperty(RunOrder.RUN_CLASSES);
        try {
            List<ClassDescriptor> classes = new ArrayList<>(List.of(descriptor(C.class), descriptor(A.class),
                    descriptor(B.class)));
            new RunOrder().orderClasses(context(classes));
            assertEquals(List.of(B.class, C.class, A.class), classes.stream().map(ClassDescriptor::getTestClass)
                    .toList());
            assertEquals(B.class.getName() + "," + C.class.getName() + "," + A.class.getName(),
                    System.getProperty(RunOrder.RUN_CLASSES));
        } finally {
            restore(before);
        }
    }

    @Test
    void aRunThatLacksATestClassOfTheModuleSaysWhichOne() {
        String before = System.getProperty(RunOrder.RUN_CLASSES);
        Path testClasses = Path.of("target", "test-classes");
        try {
            System.clearProperty(RunOrder.RUN_CLASSES);
            List<String> all = RunOrder.testClassesNotInThisRun(testClasses, getClass().getClassLoader());
            assertTrue(all.contains(RunOrderTest.class.getName()), all.toString());
            assertFalse(all.contains(B.class.getName()), "a nested class is not a test class of its own");

            System.setProperty(RunOrder.RUN_CLASSES, String.join(",", all));
            assertEquals(List.of(), RunOrder.testClassesNotInThisRun(testClasses, getClass().getClassLoader()));
            System.setProperty(RunOrder.RUN_CLASSES, String.join(",", all.subList(1, all.size())));
            assertEquals(List.of(all.get(0)), RunOrder.testClassesNotInThisRun(testClasses,
                    getClass().getClassLoader()));
        } finally {
            restore(before);
        }
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(RunOrder.RUN_CLASSES);
        } else {
            System.setProperty(RunOrder.RUN_CLASSES, before);
        }
    }

    private static ClassOrdererContext context(List<ClassDescriptor> classes) {
        return new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        };
    }

    private static ClassDescriptor descriptor(Class<?> type) {
        return new ClassDescriptor() {
            @Override
            public Class<?> getTestClass() {
                return type;
            }

            @Override
            public String getDisplayName() {
                return type.getSimpleName();
            }

            @Override
            public boolean isAnnotated(Class<? extends Annotation> annotationType) {
                return AnnotationSupport.isAnnotated(type, annotationType);
            }

            @Override
            public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotationType) {
                return AnnotationSupport.findAnnotation(type, annotationType);
            }

            @Override
            public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotationType) {
                return AnnotationSupport.findRepeatableAnnotations(type, annotationType);
            }
        };
    }
}
