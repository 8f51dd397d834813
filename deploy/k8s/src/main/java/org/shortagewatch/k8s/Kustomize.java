package org.shortagewatch.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with a real kustomize: the {@code kustomize} program, or {@code kubectl kustomize} (kubectl
 * has kustomize built in). Looked for in this order: the environment variable {@code KUSTOMIZE} (a kustomize or
 * kubectl executable), {@code kustomize} on the PATH, {@code kubectl} on the PATH, and the kubectl that
 * {@code deploy/k8s/check} installs into {@code deploy/k8s/target/tools} when the machine has none.
 */
public final class Kustomize {

    private final List<String> command;

    private Kustomize(List<String> command) {
        this.command = command;
    }

    /** The kustomize this machine has, if any; {@code moduleDir} is deploy/k8s. */
    public static Optional<Kustomize> find(Path moduleDir) {
        String configured = System.getenv("KUSTOMIZE");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(of(Path.of(configured)));
        }
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return Optional.of(of(kustomize.get()));
        }
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return Optional.of(of(kubectl.get()));
        }
        Path installed = moduleDir.resolve("target/tools/kubectl");
        return Files.isExecutable(installed) ? Optional.of(of(installed)) : Optional.empty();
    }

    private static Kustomize of(Path executable) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (executable.getFileName().toString().startsWith("kubectl")) {
            command.add("kustomize");
        } else {
            command.add("build");
        }
        return new Kustomize(command);
    }

    /** The rendered YAML stream of the kustomization in {@code dir}. */
    public String build(Path dir) throws IOException, InterruptedException {
        List<String> call = new ArrayList<>(command);
        call.add(dir.toString());
        Path err = Files.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(call).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", call) + " failed: " + Files.readString(err));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
