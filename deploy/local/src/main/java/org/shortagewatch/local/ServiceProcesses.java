package org.shortagewatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.shortagewatch.infra.ChildProcessSupport;

/**
 * The services' processes of a {@link LocalStack}, each instance of each service its own JVM running the service's
 * built jar: launched with the stack's environment, awaited until ready, killed, stopped and started again on the same
 * port and log.
 */
final class ServiceProcesses {

    /** One process of a service: its first instance is number 1. */
    record Instance(StackService service, int number) {

        /** {@code notification} for the first instance, {@code notification-2} for the second, and so on. */
        String key() {
            return number == 1 ? service.name() : service.name() + "-" + number;
        }
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private final StackOptions options;
    private final Path logDir;
    private final BiConsumer<StackService, Map<String, String>> environment;
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Set<Process> ended = ConcurrentHashMap.newKeySet(); // killed or stopped on purpose: not reported
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean stopping;

    /**
     * @param environment puts the stack's variables for a service (Kafka, PostgreSQL, tokens, the portal's services)
     *     into a process's environment
     */
    ServiceProcesses(StackOptions options, Path logDir, BiConsumer<StackService, Map<String, String>> environment) {
        this.options = options;
        this.logDir = logDir;
        this.environment = environment;
    }

    /** Every instance the options ask for of the service, first to last. */
    private List<Instance> instancesOf(StackService service) {
        List<Instance> all = new ArrayList<>();
        for (int n = 1; n <= options.instances(service.name()); n++) {
            all.add(new Instance(service, n));
        }
        return all;
    }

    /** The service's instance {@code number}, 1 the first, as the options count them. */
    Instance instance(StackService service, int number) {
        if (number < 1 || number > options.instances(service.name())) {
            throw new IllegalArgumentException(service.name() + " runs " + options.instances(service.name())
                    + " instance(s); there is no instance " + number);
        }
        return new Instance(service, number);
    }

    /** Starts every instance of the services, in their order, and waits until each is ready (they boot together). */
    void startAll(List<StackService> services) throws IOException, InterruptedException {
        for (StackService service : services) {
            for (Instance instance : instancesOf(service)) {
                launch(instance, false, Map.of());
            }
        }
        for (StackService service : services) {
            for (Instance instance : instancesOf(service)) {
                awaitReady(instance);
            }
        }
    }

    /** Starts the instance's process; its first start truncates its log, later ones append to it. */
    synchronized void launch(Instance instance, boolean appendLog, Map<String, String> envOverrides) throws IOException {
        if (stopping) {
            throw new IllegalStateException("the stack is stopped");
        }
        int port = ports.computeIfAbsent(instance.key(), key -> {
            int configured = instance.number() == 1 ? options.servicePorts.getOrDefault(key, 0) : 0;
            return configured > 0 ? configured : ChildProcessSupport.freePort();
        });
        Files.createDirectories(logDir);
        Path log = logFile(instance);
        StackService service = instance.service();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOptions());
        command.add("-jar");
        command.add(service.jar(options.projectRoot).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                // the module directory, as when one runs the jar by hand there
                .directory(options.projectRoot.resolve("services").resolve(service.name()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // glibc's default of eight arenas per core holds freed native memory a JVM never gives back
        env.put("MALLOC_ARENA_MAX", "2");
        environment.accept(service, env);
        env.putAll(options.env.getOrDefault(service.name(), Map.of()));
        env.putAll(envOverrides);
        options.progress().accept("Starting " + instance.key() + " on port " + port + " (log: " + log + ")");
        Process process = builder.start();
        processes.put(instance.key(), process);
        process.onExit().thenAccept(exited -> reportUnexpectedExit(instance, exited));
    }

    private void reportUnexpectedExit(Instance instance, Process process) {
        if (!stopping && !ended.remove(process)) {
            options.progress().accept(instance.key() + " exited with code " + process.exitValue() + "; see "
                    + logFile(instance));
        }
    }

    /** Waits until the instance answers its readiness check with 200. */
    void awaitReady(Instance instance) throws InterruptedException {
        long begin = System.nanoTime();
        Process process = process(instance);
        URI ready = url(instance).resolve("/q/health/ready");
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instance.key() + " exited with code " + process.exitValue()
                        + " before it was ready; end of " + logFile(instance) + ":\n" + logTail(instance, 40));
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    options.progress().accept(instance.key() + " ready at " + url(instance)
                            + StackInfrastructure.since(begin));
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(instance.key() + " was not ready within "
                        + options.readyTimeout().toSeconds() + " s at " + ready + "; end of " + logFile(instance)
                        + ":\n" + logTail(instance, 40));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** SIGKILL, no graceful shutdown; waits until the process is gone. */
    void kill(Instance instance) throws InterruptedException {
        Process process = process(instance);
        ended.add(process);
        process.destroyForcibly();
        process.waitFor();
    }

    /** As an orchestrator stops a pod: SIGTERM, SIGKILL after 20 s; waits until the process is gone. */
    void stop(Instance instance) throws InterruptedException {
        Process process = process(instance);
        ended.add(process);
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts the instance again on its port and log, and waits until it is ready. */
    void restart(Instance instance, Map<String, String> envOverrides) throws IOException, InterruptedException {
        if (process(instance).isAlive()) {
            throw new IllegalStateException(instance.key() + " is still running");
        }
        launch(instance, true, envOverrides);
        awaitReady(instance);
    }

    /** Stops every process: SIGTERM to all, then SIGKILL to those still running after 20 s. */
    void stopAll() {
        stopping = true;
        processes.values().forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process process : processes.values()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The instance's base URL, e.g. {@code http://localhost:8081}. */
    URI url(Instance instance) {
        Integer port = ports.get(instance.key());
        if (port == null) {
            throw new IllegalStateException(instance.key() + " has not been started");
        }
        return URI.create("http://localhost:" + port);
    }

    boolean isRunning(Instance instance) {
        Process process = processes.get(instance.key());
        return process != null && process.isAlive();
    }

    Process process(Instance instance) {
        Process process = processes.get(instance.key());
        if (process == null) {
            throw new IllegalStateException(instance.key() + " has not been started");
        }
        return process;
    }

    Path logFile(Instance instance) {
        return logDir.resolve(instance.key() + ".log");
    }

    String logTail(Instance instance, int lines) {
        return ChildProcessSupport.logTail(logFile(instance), lines);
    }
}
