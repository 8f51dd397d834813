package org.shortagewatch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;

import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.local.LocalStack;
import org.shortagewatch.local.StackOptions;
import org.shortagewatch.local.StackService;
import org.shortagewatch.local.WebhookSink;

/**
 * The system under test, started for a benchmark run: Kafka, PostgreSQL and the three services of {@link LocalStack}
 * on free ports (never the local run's fixed ones, so a running {@code deploy/local/run} is left alone), with fresh
 * data in {@code --data}, the write rate limit off (a load test is not abuse) and webhooks allowed to the local
 * sinks of the scenarios (and to one webhook sink started here, {@code BENCH_SINK_URL}). Writes where everything is to {@code --env-file} (shell {@code export} lines) once every
 * service is ready, then runs until it is stopped (SIGTERM stops the services, Kafka and PostgreSQL).
 */
public final class BenchStack {

    private BenchStack() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path root = Path.of(args.get("root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(args.require("data")).toAbsolutePath().normalize();
        Path envFile = Path.of(args.require("env-file")).toAbsolutePath();
        String javaOptions = args.get("service-java-options", "");

        StackOptions.Builder options = LocalStack.options(root).dataDir(data)
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                .progress(line -> System.out.println("  stack: " + line));
        for (StackService service : LocalStack.SERVICES) {
            options.env(service.name(), "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false");
        }
        if (!javaOptions.isBlank()) {
            options.javaOptions(javaOptions.trim().split("\\s+"));
        }
        LocalStack stack = new LocalStack(options.build()); // stops itself from a shutdown hook (SIGTERM, Ctrl-C)
        stack.start();
        // a webhook sink for the fan-out scenario's delivery rate (it counts and checks what it receives)
        WebhookSink sink = WebhookSink.start(0, line -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(sink::close));

        PostgresServer postgres = stack.postgres();
        StringBuilder env = new StringBuilder("# the system under test, started by bench/run\n");
        export(env, "BENCH_REPORT_URL", stack.serviceUrl(LocalStack.MANUFACTURER_REPORT).toString());
        export(env, "BENCH_ALLOCATION_URL", stack.serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString());
        export(env, "BENCH_NOTIFICATION_URL", stack.serviceUrl(LocalStack.NOTIFICATION).toString());
        export(env, "BENCH_REPORT_PID", String.valueOf(stack.pid(LocalStack.MANUFACTURER_REPORT)));
        export(env, "BENCH_ALLOCATION_PID", String.valueOf(stack.pid(LocalStack.WHOLESALER_ALLOCATION)));
        export(env, "BENCH_NOTIFICATION_PID", String.valueOf(stack.pid(LocalStack.NOTIFICATION)));
        export(env, "BENCH_STACK_PID", String.valueOf(ProcessHandle.current().pid())); // Kafka's, in this JVM
        export(env, "BENCH_PG_PID", String.valueOf(postmaster(postgres)));
        export(env, "BENCH_KAFKA_BOOTSTRAP", stack.kafkaBootstrapServers());
        export(env, "BENCH_PG_HOST", "localhost");
        export(env, "BENCH_PG_PORT", String.valueOf(postgres.port()));
        export(env, "BENCH_PG_USER", PostgresServer.USER);
        export(env, "BENCH_PG_PASSWORD", PostgresServer.PASSWORD);
        export(env, "BENCH_AUTH_DIR", stack.jwksFile().getParent().toString());
        export(env, "BENCH_LOG_DIR", stack.logDir().toString());
        export(env, "BENCH_SINK_URL", sink.url().toString());
        Path partial = envFile.resolveSibling(envFile.getFileName() + ".tmp");
        Files.writeString(partial, env, StandardCharsets.UTF_8);
        Files.move(partial, envFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("  stack: ready; " + envFile);
        new CountDownLatch(1).await();
    }

    /** The PostgreSQL server's postmaster: the parent of every session's backend process. */
    private static long postmaster(PostgresServer postgres) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), PostgresServer.USER,
                        PostgresServer.PASSWORD);
                ResultSet backend = c.createStatement().executeQuery("select pg_backend_pid()")) {
            backend.next();
            return ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
        }
    }

    private static void export(StringBuilder env, String name, String value) {
        env.append("export ").append(name).append("='").append(value.replace("'", "'\\''")).append("'\n");
    }
}
