package org.shortagewatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.infra.PostgresServer;

/**
 * A service of the system ({@link LocalStack#SERVICES}, {@link LocalStack#PORTAL_SERVICE}): its module name under
 * services/, its usual HTTP port and its database ({@code null} for the portal, which owns no data).
 */
public record StackService(String name, int defaultPort, String database) {

    /** Where {@code ./mvnw install} puts the service's runnable jar. */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The role the service's pool connects as ({@code report_app}, ...): it owns nothing and holds what the
     * migrations' grants give it; the migrations run as {@link PostgresServer#USER}, the databases' owner. Its
     * password is its name (the embedded server trusts local connections anyway). {@code null} for the portal.
     */
    public String runtimeRole() {
        return database == null ? null : database + "_app";
    }

    /** The service of this module name (one of {@link LocalStack#SERVICES} or the portal). */
    public static StackService named(String name) {
        if (name.equals(LocalStack.PORTAL)) {
            return LocalStack.PORTAL_SERVICE;
        }
        return LocalStack.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service: " + name + "; one of "
                        + LocalStack.SERVICES.stream().map(StackService::name).toList() + " or " + LocalStack.PORTAL));
    }

    /** The services a stack runs, in start order: {@link LocalStack#SERVICES}, and the portal last when asked for. */
    static List<StackService> started(boolean portal) {
        if (!portal) {
            return LocalStack.SERVICES;
        }
        List<StackService> all = new ArrayList<>(LocalStack.SERVICES);
        all.add(LocalStack.PORTAL_SERVICE);
        return List.copyOf(all);
    }

    /** Whether the portal's jar is built under {@code projectRoot}. */
    public static boolean portalBuilt(Path projectRoot) {
        return Files.isRegularFile(LocalStack.PORTAL_SERVICE.jar(projectRoot));
    }

    /** The jars of {@link LocalStack#SERVICES} that are not built yet under {@code projectRoot}. */
    public static List<Path> missingJars(Path projectRoot) {
        return LocalStack.SERVICES.stream().map(s -> s.jar(projectRoot)).filter(jar -> !Files.isRegularFile(jar)).toList();
    }

    /**
     * Refuses to go on when a service's jar, or the portal's where it is asked for, is not built under
     * {@code projectRoot}.
     */
    static void requireBuilt(Path projectRoot, boolean portal) {
        List<Path> missing = missingJars(projectRoot);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("service jar(s) not built: " + missing
                    + " - build them with `./mvnw -DskipTests install` in " + projectRoot);
        }
        if (portal && !portalBuilt(projectRoot)) {
            throw new IllegalStateException("the portal's jar is not built: "
                    + LocalStack.PORTAL_SERVICE.jar(projectRoot)
                    + " - build it with `./mvnw -DskipTests install` in " + projectRoot);
        }
    }
}
