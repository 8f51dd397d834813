package org.shortagewatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The service of this module name (one of {@link LocalStack#LocalStack.SERVICES} or the portal). */
    public static StackService named(String name) {
        if (name.equals(LocalStack.PORTAL)) {
            return LocalStack.PORTAL_SERVICE;
        }
        return LocalStack.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service: " + name + "; one of "
                        + LocalStack.SERVICES.stream().map(StackService::name).toList() + " or " + LocalStack.PORTAL));
    }

    /** Whether the portal's jar is built under {@code projectRoot}. */
    public static boolean portalBuilt(Path projectRoot) {
        return Files.isRegularFile(LocalStack.PORTAL_SERVICE.jar(projectRoot));
    }

    /** The jars of {@link LocalStack#SERVICES} that are not built yet under {@code projectRoot}. */
    public static List<Path> missingJars(Path projectRoot) {
        return LocalStack.SERVICES.stream().map(s -> s.jar(projectRoot)).filter(jar -> !Files.isRegularFile(jar)).toList();
    }
}
