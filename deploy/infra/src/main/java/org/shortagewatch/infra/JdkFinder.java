package org.shortagewatch.infra;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a JDK of at least a given feature version for a child process that needs a newer Java than the build (Keycloak
 * 26 needs 21 or newer; the project itself stays on 17).
 *
 * <p>Looks, in this order, at the environment variable {@value #OVERRIDE_ENV} (which must then qualify), at
 * {@code JAVA_HOME}, at the JDK running this JVM, and then at the usual install locations (/usr/lib/jvm and similar,
 * SDKMAN, IntelliJ's ~/.jdks, macOS's JavaVirtualMachines), preferring the newest long-term-support release there.
 */
public final class JdkFinder {

    /** Points at the JDK to run Keycloak with; wins over every other place. */
    public static final String OVERRIDE_ENV = "KEYCLOAK_JAVA_HOME";

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9]+)(?:\\.([0-9]+))?");

    private JdkFinder() {
    }

    /** A JDK at {@code home} of feature version {@code feature} (17, 21, 25, ...). */
    public record Jdk(Path home, int feature) {

        public Path java() {
            return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        }

        boolean isLts() {
            return feature == 8 || feature == 11 || (feature >= 17 && (feature - 17) % 4 == 0);
        }
    }

    /**
     * The JDK to use, at least {@code minimumFeature}.
     *
     * @throws IllegalStateException naming what was checked and what to install, when there is none
     */
    public static Jdk find(int minimumFeature) {
        return find(minimumFeature, System.getenv(), Path.of(System.getProperty("java.home")), defaultSearchRoots());
    }

    static Jdk find(int minimumFeature, Map<String, String> env, Path runningJdk, List<Path> searchRoots) {
        String override = env.get(OVERRIDE_ENV);
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            Optional<Jdk> jdk = inspect(home);
            if (jdk.isPresent() && jdk.get().feature() >= minimumFeature) {
                return jdk.get();
            }
            throw new IllegalStateException(OVERRIDE_ENV + "=" + override + " is "
                    + jdk.map(j -> "a JDK " + j.feature()).orElse("not a JDK (no bin/java and release file)")
                    + "; Keycloak needs a JDK " + minimumFeature + " or newer");
        }
        List<Path> checked = new ArrayList<>();
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            checked.add(Path.of(javaHome));
            Optional<Jdk> jdk = inspect(Path.of(javaHome)).filter(j -> j.feature() >= minimumFeature);
            if (jdk.isPresent()) {
                return jdk.get();
            }
        }
        checked.add(runningJdk);
        Optional<Jdk> running = inspect(runningJdk).filter(j -> j.feature() >= minimumFeature);
        if (running.isPresent()) {
            return running.get();
        }
        List<Jdk> installed = new ArrayList<>();
        for (Path root : searchRoots) {
            checked.add(root);
            installed.addAll(installedUnder(root));
        }
        return installed.stream()
                .filter(j -> j.feature() >= minimumFeature)
                .max(Comparator.comparing(Jdk::isLts).thenComparingInt(Jdk::feature)
                        .thenComparing(j -> j.home().toString()))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK " + minimumFeature
                        + " or newer and none was found (looked at " + checked + "). Install one, e.g. "
                        + "`apt-get install openjdk-21-jdk-headless` or a Temurin 21 or 25 JDK from adoptium.net, "
                        + "or point " + OVERRIDE_ENV + " at one."));
    }

    /** The JDK at {@code home}, if it is one: a {@code bin/java} and a {@code release} file naming its version. */
    static Optional<Jdk> inspect(Path home) {
        Path release = home.resolve("release");
        Jdk candidate = new Jdk(home, 0);
        if (!Files.isRegularFile(release) || !Files.isExecutable(candidate.java())) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            if (!m.find()) {
                return Optional.empty();
            }
            int first = Integer.parseInt(m.group(1));
            // "1.8.0_402" is 8
            int feature = first == 1 && m.group(2) != null ? Integer.parseInt(m.group(2)) : first;
            return Optional.of(new Jdk(home, feature));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Jdk> installedUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Set<Path> seen = new LinkedHashSet<>(); // /usr/lib/jvm has symlinks to the same JDK under several names
        List<Jdk> found = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                for (Path home : List.of(child, child.resolve("Contents").resolve("Home"))) {
                    Path real;
                    try {
                        real = home.toRealPath();
                    } catch (IOException e) {
                        continue;
                    }
                    if (seen.add(real)) {
                        inspect(real).ifPresent(found::add);
                    }
                }
            }
        } catch (IOException e) {
            // unreadable: nothing found here
        }
        return found;
    }

    private static List<Path> defaultSearchRoots() {
        Path userHome = Path.of(System.getProperty("user.home"));
        return List.of(
                Path.of("/usr/lib/jvm"),
                Path.of("/usr/java"),
                Path.of("/usr/local/java"),
                Path.of("/opt/java"),
                Path.of("/opt"),
                userHome.resolve(".sdkman/candidates/java"),
                userHome.resolve(".jdks"),
                Path.of("/Library/Java/JavaVirtualMachines"),
                userHome.resolve("Library/Java/JavaVirtualMachines"));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
