package org.shortagewatch.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.PostgresServer;

/**
 * Runs the whole system on this machine, without Docker: {@code deploy/local/run [--without-keycloak]}, or
 * {@code java -jar deploy/local/target/local-stack.jar [--root <project root>] [--without-keycloak]} after
 * {@code ./mvnw install}.
 *
 * <p>Data lives in {@code <project root>/.local} (Kafka, PostgreSQL, logs) and survives restarts; delete that folder
 * for a fresh start. Fixed ports: Kafka 19092, PostgreSQL 15432, services 8081-8083, webhook sink 8089, Keycloak 8180 (a
 * real OpenID Connect provider with the demo realm, whose tokens the services trust) and the web portal 8080, whose
 * users sign in through Keycloak. {@code --without-keycloak} runs neither (the services then trust a local signing
 * key, for machines without a JDK 21). {@code --kafka-process} runs Kafka as a process of its own (data in
 * {@code .local/kafka-process}), which an operator can kill and start again, instead of inside this launcher.
 * {@code --instances N} runs N instances of each service (the first on its fixed port, the others on free ports the
 * summary lists), as an orchestrator scales them out. The first start in a data folder loads the demo catalogue
 * ({@link DemoCatalogue}); {@code --without-demo-data} starts empty. Ctrl-C stops everything.
 */
public final class RunLocal {

    static final int SINK_PORT = 8089;
    /** Alternative to {@code --root}. */
    static final String ROOT_PROPERTY = "shortagewatch.root";

    private static volatile boolean shuttingDown;

    private RunLocal() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        // sign-in is part of the system: Keycloak (and the portal) run unless asked not to; --keycloak is the old flag
        arguments.remove("--keycloak");
        boolean withKeycloak = !arguments.remove("--without-keycloak");
        boolean kafkaAsProcess = arguments.remove("--kafka-process");
        boolean demoData = !arguments.remove("--without-demo-data");
        int instances = instances(arguments);
        Path root = projectRoot(arguments.toArray(String[]::new)).toAbsolutePath().normalize();
        List<Path> missing = StackService.missingJars(root);
        if (!missing.isEmpty()) {
            System.err.println("These services are not built yet:");
            missing.forEach(jar -> System.err.println("  " + root.relativize(jar)));
            System.err.println("Build them with `./mvnw -DskipTests install` in " + root
                    + " (deploy/local/run does that for you).");
            System.exit(1);
        }

        // the portal signs its users in through Keycloak: it runs with it, when it is built
        boolean withPortal = withKeycloak && StackService.portalBuilt(root);
        if (withKeycloak && !withPortal) {
            System.out.println("> The portal is not built (" + root.relativize(LocalStack.PORTAL_SERVICE.jar(root))
                    + "); running without it.");
        }
        List<String> busy = busyPorts(withKeycloak, withPortal);
        if (!busy.isEmpty()) {
            System.err.println("Ports in use: " + String.join(", ", busy) + " - is Shortage Watch already running?");
            System.exit(1);
        }

        Path data = root.resolve(".local");
        StackOptions.Builder options = LocalStack.options(root);
        if (kafkaAsProcess) {
            options.kafkaAsProcess();
        }
        options.instancesOfEachService(instances);
        LocalStack stack = new LocalStack(options
                .dataDir(data)
                .standardPorts()
                .keycloak(withKeycloak ? StackOptions.STANDARD_KEYCLOAK_PORT : -1)
                .portal(withPortal ? LocalStack.PORTAL_SERVICE.defaultPort() : -1)
                // the demo delivers webhooks to the sink on localhost, which production rules forbid
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                .progress(line -> System.out.println("> " + line))
                .build());

        WebhookSink sink = WebhookSink.start(SINK_PORT, line -> System.out.println("> " + line));
        // Ctrl-C (or any JVM exit) stops everything; LocalStack.stop() is idempotent
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            sink.close();
            stack.stop();
        }, "run-local-stop"));

        System.out.println("> Shortage Watch, local run in " + root + " (data in " + data + ")");
        try {
            stack.start();
        } catch (Exception e) {
            if (shuttingDown) {
                return; // Ctrl-C while starting: the failure is the stop, nothing to report
            }
            System.err.println("Could not start: " + e.getMessage());
            if (e.getCause() != null) {
                System.err.println("  caused by " + e.getCause());
            }
            if (withKeycloak) {
                System.err.println("(`deploy/local/run --without-keycloak` runs the services without Keycloak and the "
                        + "portal, with tokens from a local key)");
            }
            System.exit(1);
        }
        System.out.println(summary(stack, sink, data));
        Path demoTokens = data.resolve("auth").resolve("demo-tokens.env");
        System.out.println(withKeycloak ? DemoTokens.write(stack.keycloak(), demoTokens)
                : DemoTokens.write(stack.tokens(), demoTokens));
        if (demoData) {
            loadDemoData(stack, root, data, withKeycloak);
        }
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    /** The demo catalogue, on the first start in {@code data}; a failure is told, and the system runs on without it. */
    private static void loadDemoData(LocalStack stack, Path root, Path data, boolean withKeycloak) {
        Function<DemoRealm.User, String> token = withKeycloak ? stack.keycloak()::accessToken
                : user -> stack.tokens().mint("demo-" + user.username(), user.org(), Duration.ofMinutes(10),
                        user.role());
        try {
            System.out.println("> " + new DemoCatalogue(root.resolve(DemoCatalogue.FOLDER), stack::serviceUrl, token)
                    .loadOnce(data));
        } catch (IOException | RuntimeException e) {
            System.err.println("> The demo data was not loaded (the system runs without it): " + e.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fixed ports that something else holds already. */
    private static List<String> busyPorts(boolean withKeycloak, boolean withPortal) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(StackOptions.STANDARD_KAFKA_PORT, "Kafka");
        ports.put(StackOptions.STANDARD_POSTGRES_PORT, "PostgreSQL");
        LocalStack.SERVICES.forEach(s -> ports.put(s.defaultPort(), s.name()));
        ports.put(SINK_PORT, "webhook sink");
        if (withKeycloak) {
            ports.put(StackOptions.STANDARD_KEYCLOAK_PORT, "Keycloak");
        }
        if (withPortal) {
            ports.put(LocalStack.PORTAL_SERVICE.defaultPort(), "portal");
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((port, what) -> {
            try (ServerSocket probe = new ServerSocket(port)) {
                // free
            } catch (IOException inUse) {
                busy.add(port + " (" + what + ")");
            }
        });
        return busy;
    }

    /** {@code --instances N}: how many instances of each service run (default 1); removed from the arguments. */
    private static int instances(List<String> arguments) {
        int at = arguments.indexOf("--instances");
        if (at < 0) {
            return 1;
        }
        try {
            int count = Integer.parseInt(at + 1 < arguments.size() ? arguments.get(at + 1) : "");
            if (count >= 1 && count <= 8) {
                arguments.subList(at, at + 2).clear();
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        System.err.println("--instances takes a whole number from 1 to 8");
        System.exit(2);
        return 1;
    }

    private static Path projectRoot(String[] args) {
        if (args.length == 2 && args[0].equals("--root")) {
            return Path.of(args[1]);
        }
        if (args.length > 0) {
            System.err.println("usage: java -jar local-stack.jar [--root <project root>] [--without-keycloak]"
                    + " [--kafka-process] [--instances N] [--without-demo-data]   (or -D"
                    + ROOT_PROPERTY + "=<dir>; default: the current directory)");
            System.exit(2);
        }
        return Path.of(System.getProperty(ROOT_PROPERTY, ""));
    }

    /** Where everything is. */
    static String summary(LocalStack stack, WebhookSink sink, Path data) {
        String rule = "-".repeat(96);
        StringBuilder out = new StringBuilder("\n").append(rule).append('\n')
                .append(" Shortage Watch is running\n").append(rule).append('\n');
        if (stack.hasPortal()) {
            row(out, "Portal (open this)", stack.serviceUrl(LocalStack.PORTAL) + "/");
            out.append(demoUsers()).append('\n');
        }
        for (StackService service : LocalStack.SERVICES) {
            String url = stack.serviceUrl(service.name()).toString();
            row(out, service.name(), url);
            for (int n = 2; n <= stack.instances(service.name()); n++) {
                row(out, "  instance " + n, stack.serviceUrl(service.name(), n).toString());
            }
            row(out, "  Swagger UI", url + "/q/swagger-ui");
            row(out, "  OpenAPI", url + "/q/openapi");
            row(out, "  Health", url + "/q/health");
            row(out, "  Metrics", url + "/q/metrics");
        }
        out.append('\n');
        row(out, "Kafka bootstrap", stack.kafkaBootstrapServers());
        row(out, "PostgreSQL", "user " + PostgresServer.USER + ", password " + PostgresServer.PASSWORD
                + "   (owner; the migrations run as it)");
        for (StackService service : LocalStack.SERVICES) {
            row(out, "  " + service.database(), stack.jdbcUrl(service.name()) + "   (" + service.name()
                    + " connects as " + service.runtimeRole() + ")");
        }
        out.append('\n');
        row(out, "Webhook sink", sink.url() + "/{name}   (POST: receive; GET: list, ?secret=whsec_... checks signatures)");
        if (stack.hasKeycloak()) {
            KeycloakServer keycloak = stack.keycloak();
            out.append('\n');
            row(out, "Keycloak (OIDC)", keycloak.issuer() + "   (the services trust its tokens)");
            row(out, "  Admin console", keycloak.adminConsoleUrl() + "   (user " + KeycloakServer.ADMIN_USER
                    + ", password " + KeycloakServer.ADMIN_PASSWORD + ")");
            row(out, "  Account console", keycloak.issuer() + "/account   (sign in as a demo user, e.g. to set up TOTP)");
            row(out, "  Demo users", "deploy/keycloak/README.md (passwords, TOTP secrets of regulator and admin)");
        }
        row(out, "Logs", stack.logDir().toString());
        row(out, "Data", data + "   (delete it for a fresh start)");
        return out.append(rule).append("\n Ctrl-C stops everything.\n").append(rule).toString();
    }

    /** The demo users' sign-in names and passwords (and TOTP secrets), as the portal's sign-in page asks for them. */
    static String demoUsers() {
        StringBuilder out = new StringBuilder();
        row(out, "  Sign in as", String.format("%-14s %-20s %-13s %-11s %s", "user", "password", "role", "org",
                "one-time code (TOTP secret)"));
        for (DemoRealm.User user : DemoRealm.USERS) {
            row(out, "", String.format("%-14s %-20s %-13s %-11s %s", user.username(), user.password(), user.role(),
                    user.org(), user.totpSecret() == null ? "-"
                            : "required: oathtool --totp -b " + user.totpSecret()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(" %-24s %s%n", label, value));
    }
}
