package org.shortagewatch.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each overlay, rendered by a real kustomize ({@link Kustomize}), is valid against the Kubernetes, Strimzi and
 * CloudNativePG schemas, and every Deployment of it has its probes and resources. The rendered stream is kept in
 * {@code target/rendered/<overlay>.yaml}. Without a kustomize on the machine the test is skipped, unless
 * {@code shortagewatch.k8s.require-kustomize} is true, as {@code deploy/k8s/check} (CI) sets it.
 */
class OverlaysTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void overlayRendersToValidObjects(String overlay) throws Exception {
        Optional<Kustomize> kustomize = Kustomize.find(MODULE);
        if (Boolean.getBoolean("shortagewatch.k8s.require-kustomize")) {
            assertTrue(kustomize.isPresent(), "no kustomize or kubectl found (deploy/k8s/check installs one)");
        }
        Assumptions.assumeTrue(kustomize.isPresent(), "no kustomize or kubectl on this machine");

        String rendered = kustomize.get().build(MODULE.resolve("overlays").resolve(overlay));
        Path out = MODULE.resolve("target/rendered/" + overlay + ".yaml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, rendered);

        ManifestValidator validator = new ManifestValidator();
        assertEquals(List.of(), validator.validate(rendered), overlay + " (" + kustomize.get() + ")");

        List<String> incomplete = new ArrayList<>();
        for (JsonNode object : validator.documents(rendered)) {
            if (object.path("kind").asText().equals("Deployment")) {
                for (JsonNode container : object.at("/spec/template/spec/containers")) {
                    for (String field : List.of("livenessProbe", "readinessProbe", "resources")) {
                        if (!container.has(field)) {
                            incomplete.add(object.at("/metadata/name").asText() + " has no " + field);
                        }
                    }
                    if (!container.at("/resources/limits/memory").isTextual()) {
                        incomplete.add(object.at("/metadata/name").asText() + " has no memory limit");
                    }
                }
            }
        }
        assertEquals(List.of(), incomplete);
    }
}
