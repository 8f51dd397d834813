package org.shortagewatch.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keycloak's own server distribution ({@code org.keycloak:keycloak-quarkus-dist}), unpacked: where it is, the demo
 * realm bundled with it, and its one rebuild for development mode.
 *
 * <p>The build of deploy/infra unpacks the distribution into its {@code target/keycloak/} and records that place in
 * this jar; {@value #HOME_PROPERTY} (system property) or {@value #HOME_ENV} (environment) point elsewhere. The
 * distribution is only read, except once: the first start in development mode rebuilds ("augments") it for that
 * mode, which takes some 15 s; a lock file next to it makes concurrent first starts wait for that.
 */
public final class KeycloakDistribution {

    /** System property naming an unpacked Keycloak distribution to use instead of the one the build unpacked. */
    public static final String HOME_PROPERTY = "shortagewatch.keycloak.home";
    /** Environment variable naming an unpacked Keycloak distribution (the system property wins). */
    public static final String HOME_ENV = "SHORTAGEWATCH_KEYCLOAK_HOME";

    private static final String DISTRIBUTION_PROPERTIES = "keycloak/distribution.properties";
    private static final String BUNDLED_REALM = "keycloak/shortage-watch-realm.json";
    /**
     * Build-time options (features, database vendor): always the same, or Keycloak rebuilds itself at start. None:
     * turning off the features the demo never uses did not make the start measurably shorter.
     */
    static final List<String> BUILD_OPTIONS = List.of();
    /** Written into the distribution once it is built for development mode with {@link #BUILD_OPTIONS}. */
    private static final String BUILT_MARKER = "shortage-watch-start-dev.txt";
    private static final ReentrantLock BUILD_LOCK_IN_THIS_JVM = new ReentrantLock();

    /** A start of Keycloak from the distribution, until it is ready. */
    interface Start {
        void run() throws Exception;
    }

    private KeycloakDistribution() {
    }

    /**
     * The unpacked distribution: {@value #HOME_PROPERTY}, else {@value #HOME_ENV}, else where the build of
     * deploy/infra unpacked it.
     */
    public static Path locate() {
        String explicit = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        Path dist;
        if (explicit != null && !explicit.isBlank()) {
            dist = Path.of(explicit);
        } else {
            Properties built = new Properties();
            try (InputStream in = KeycloakDistribution.class.getResourceAsStream(DISTRIBUTION_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException(DISTRIBUTION_PROPERTIES + " is missing next to "
                            + KeycloakDistribution.class.getName() + "; build deploy/infra with Maven");
                }
                built.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dist = Path.of(built.getProperty("home"));
        }
        if (!Files.isRegularFile(dist.resolve("bin").resolve("kc.sh"))
                || !Files.isRegularFile(dist.resolve("lib").resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + " (bin/kc.sh, lib/quarkus-run.jar);"
                    + " build deploy/infra (`./mvnw -pl deploy/infra install`), which unpacks it, or set "
                    + HOME_PROPERTY + " / " + HOME_ENV + " to an unpacked keycloak-<version> directory");
        }
        return dist.toAbsolutePath().normalize();
    }

    /** The demo realm, deploy/keycloak/shortage-watch-realm.json, as this jar holds it. */
    static byte[] bundledRealm() throws IOException {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(BUNDLED_REALM)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_REALM + " is missing next to "
                        + KeycloakDistribution.class.getName());
            }
            return in.readAllBytes();
        }
    }

    /**
     * Runs {@code start}: at once where the distribution is already built for development mode; else holding the
     * distribution's lock (in this JVM and across processes), since that start rebuilds it in place and other starts
     * wait for it rather than rebuild alongside; the marker is written once that start got ready.
     */
    static void startBuilt(Path distribution, Consumer<String> progress, Start start) throws Exception {
        Path marker = distribution.resolve("lib").resolve("quarkus").resolve(BUILT_MARKER);
        String expectedBuild = String.join(" ", BUILD_OPTIONS) + "\n";
        if (expectedBuild.equals(KeycloakHome.readOrNull(marker))) {
            start.run();
            return;
        }
        BUILD_LOCK_IN_THIS_JVM.lock();
        try (FileChannel channel = FileChannel.open(distribution.resolveSibling(distribution.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!expectedBuild.equals(KeycloakHome.readOrNull(marker))) {
                progress.accept("Keycloak: first start of " + distribution.getFileName()
                        + " in development mode; it rebuilds itself for that once (about 15 s more)");
            }
            start.run();
            Files.writeString(marker, expectedBuild);
        } finally {
            BUILD_LOCK_IN_THIS_JVM.unlock();
        }
    }
}
