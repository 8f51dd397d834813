package org.shortagewatch.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the options of every launcher of child JVMs ({@link KeycloakServer}, deploy/local's {@code LocalStack}) have
 * alike: the children's JVM options, how long a child may take to get ready, and who hears the launcher's one-line
 * progress reports.
 */
public abstract class ChildJvmOptions {

    private final List<String> javaOptions;
    private final Duration readyTimeout;
    private final Consumer<String> progress;

    protected ChildJvmOptions(Builder<?> b) {
        javaOptions = List.copyOf(b.javaOptions);
        readyTimeout = b.readyTimeout;
        progress = b.progress;
    }

    /** The JVM options each child process starts with. */
    public List<String> javaOptions() {
        return javaOptions;
    }

    /** How long a child may take from its start until it answers as ready. */
    public Duration readyTimeout() {
        return readyTimeout;
    }

    /** Receives the launcher's one-line progress reports. */
    public Consumer<String> progress() {
        return progress;
    }

    /**
     * The setters every launcher's builder has.
     *
     * @param <B> the launcher's own builder, which every setter returns so that calls chain
     */
    public abstract static class Builder<B extends Builder<B>> {

        private final List<String> javaOptions;
        private Duration readyTimeout;
        private Consumer<String> progress = line -> { };

        /** A builder with the launcher's own defaults. */
        protected Builder(List<String> defaultJavaOptions, Duration defaultReadyTimeout) {
            javaOptions = new ArrayList<>(defaultJavaOptions);
            readyTimeout = defaultReadyTimeout;
        }

        /** This builder, as the launcher's own type (which it is, by the bound on {@code B}). */
        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Replaces the JVM options of the child processes (the launcher's defaults included). */
        public B javaOptions(String... options) {
            javaOptions.clear();
            javaOptions.addAll(List.of(options));
            return self();
        }

        /** How long a child may take to get ready. */
        public B readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return self();
        }

        /** Receives one-line progress reports; default none. */
        public B progress(Consumer<String> progress) {
            this.progress = progress;
            return self();
        }
    }
}
