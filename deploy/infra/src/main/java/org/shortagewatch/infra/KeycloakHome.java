package org.shortagewatch.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One Keycloak server's own home ({@code bin/kc.sh}, {@code conf/}, {@code data/}, and {@code lib/} as a link to the
 * distribution's): servers started at the same time never share a database, an import directory or a log. A
 * temporary home is deleted on close; a kept one holds Keycloak's database across restarts, started afresh only when
 * the realm file changed (Keycloak imports a realm only if it does not exist yet).
 *
 * @param dir the home's directory
 * @param temporary whether {@link #deleteIfTemporary()} removes it
 */
record KeycloakHome(Path dir, boolean temporary) {

    private static final String REALM_FILE_NAME = DemoRealm.NAME + "-realm.json";
    private static final String REALM_DIGEST = "realm.sha256";

    /** The home's start script. */
    Path script() {
        return dir.resolve("bin").resolve("kc.sh");
    }

    /** Lays out the home from the distribution, with the realm to import. */
    void prepare(Path distribution, byte[] realm, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(distribution.resolve("bin").resolve("kc.sh"), bin.resolve("kc.sh"),
                StandardCopyOption.REPLACE_EXISTING);
        copyTree(distribution.resolve("conf"), dir.resolve("conf"));
        Files.createDirectories(dir.resolve("providers"));
        Files.createDirectories(dir.resolve("themes"));
        Path lib = dir.resolve("lib");
        Path target = distribution.resolve("lib").toAbsolutePath();
        if (Files.isSymbolicLink(lib) && !Files.readSymbolicLink(lib).equals(target)) {
            Files.delete(lib); // a home kept from an older distribution
        }
        if (!Files.exists(lib, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(lib, target);
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        String previous = readOrNull(data.resolve(REALM_DIGEST));
        if (previous != null && !previous.equals(sha256(realm)) && Files.exists(data.resolve("h2"))) {
            progress.accept("Keycloak: the realm file changed since the last start; starting with a fresh "
                    + "Keycloak database in " + data.resolve("h2") + " so that it is imported again");
            ChildProcessSupport.deleteRecursively(data.resolve("h2"));
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.write(imports.resolve(REALM_FILE_NAME), realm);
    }

    /** Remembers the realm Keycloak imported, so that a later start sees whether it changed. */
    void rememberRealm(byte[] realm) throws IOException {
        Files.writeString(dir.resolve("data").resolve(REALM_DIGEST), sha256(realm));
    }

    /** Deletes a temporary home: lib/ (a link to the distribution) is removed, never what it points at. */
    void deleteIfTemporary() {
        if (temporary) {
            ChildProcessSupport.deleteRecursively(dir);
        }
    }

    static String readOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
