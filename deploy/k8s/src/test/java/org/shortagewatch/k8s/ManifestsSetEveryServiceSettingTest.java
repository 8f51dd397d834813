package org.shortagewatch.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every setting a service must be given in production is set by the manifests, so a new variable without a manifest
 * entry fails the build.
 *
 * <p><b>The rule.</b> For each service (manufacturer-report, wholesaler-allocation, notification, portal) a variable
 * is <i>required</i> when
 * <ol>
 * <li>its {@code application.properties} refers to it as {@code ${NAME}} or {@code ${NAME:default}} (NAME in upper
 * case, an environment variable; lower-case references name other properties) on a line outside the {@code %test}
 * and {@code %dev} profiles: the prod profile reads it. This covers every variable of common's
 * {@code ProductionSettings} (each appears as {@code %prod.x=${X}}) and the portal's sign-in and service URLs;</li>
 * <li>or its {@code application.properties} has a profile-less key whose value points at the developer stack (it
 * contains {@code localhost} or {@code 127.0.0.1}, or is a {@code file:} path) and no {@code %prod.} line for the
 * same key: production must override it, by the key's environment variable (upper case, {@code .} and {@code -}
 * turned into {@code _});</li>
 * <li>or docs/operations.md lists it in the table "Required: a service does not start without these" (for the
 * services its second column names; {@code all} is the three services) or "Set these in production too" (for the
 * service named in brackets after it; a row naming none is for those of the three services whose
 * application.properties configures the variable's area, its first two words as a key prefix: {@code QUARKUS_MAILER_FROM}
 * for services with a {@code quarkus.mailer.} key).</li>
 * </ol>
 * A variable is <i>set</i> for a service when the container of the service's Deployment in {@code deploy/k8s/base}
 * names it in {@code env} (a value or a {@code secretKeyRef}), or a ConfigMap of the base that the container takes
 * with {@code envFrom} has it as a key. Secrets are taken by name in {@code env}, never whole with {@code envFrom},
 * so that the manifests say which variables they carry; the overlays change values, never which variables are set.
 */
class ManifestsSetEveryServiceSettingTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private static final List<String> SERVICES = List.of("manufacturer-report", "wholesaler-allocation",
            "notification");
    private static final List<String> ALL = List.of("manufacturer-report", "wholesaler-allocation", "notification",
            "portal");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    @Test
    void everyRequiredVariableIsSetByTheBase() throws IOException {
        Map<String, Set<String>> required = new HashMap<>();
        for (String service : ALL) {
            required.computeIfAbsent(service, s -> new TreeSet<>()).addAll(fromProperties(service));
        }
        fromOperationsGuide().forEach((service, names) -> required.get(service).addAll(names));

        Map<String, Set<String>> set = setByBase();
        List<String> missing = new ArrayList<>();
        for (String service : ALL) {
            for (String name : required.get(service)) {
                if (!set.getOrDefault(service, Set.of()).contains(name)) {
                    missing.add(service + ": " + name);
                }
            }
        }
        assertEquals(List.of(), missing, "variables a service needs that deploy/k8s/base does not set");
    }

    @Test
    void theRuleFindsWhatItShould() throws IOException {
        assertTrue(fromProperties("notification").containsAll(List.of("KAFKA_BOOTSTRAP_SERVERS",
                "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_MAILER_HOST")));
        assertTrue(fromProperties("portal").containsAll(List.of("SHORTAGEWATCH_OIDC_CLIENT_SECRET",
                "QUARKUS_REST_CLIENT_REPORT_URL")));
        Map<String, Set<String>> guide = fromOperationsGuide();
        assertTrue(guide.get("notification").containsAll(List.of("SHORTAGEWATCH_PUBLIC_URL", "QUARKUS_MAILER_PORT",
                "QUARKUS_FLYWAY_USERNAME")));
        assertFalse(guide.get("manufacturer-report").contains("SHORTAGEWATCH_PUBLIC_URL"));
    }

    /** Rules 1 and 2, from the service's application.properties. */
    static Set<String> fromProperties(String service) throws IOException {
        List<String> lines = Files.readAllLines(
                ROOT.resolve("services/" + service + "/src/main/resources/application.properties"));
        Set<String> required = new TreeSet<>();
        Set<String> prodKeys = new TreeSet<>();
        Map<String, String> plain = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            String value = trimmed.substring(trimmed.indexOf('=') + 1).strip();
            if (key.startsWith("%test.") || key.startsWith("%dev.")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(value);
            while (m.find()) {
                required.add(m.group(1));
            }
            if (key.startsWith("%prod.")) {
                prodKeys.add(key.substring("%prod.".length()));
            } else if (!key.startsWith("%")) {
                plain.put(key, value);
            }
        }
        plain.forEach((key, value) -> {
            boolean developerStack = value.contains("localhost") || value.contains("127.0.0.1")
                    || value.startsWith("file:");
            if (developerStack && !prodKeys.contains(key) && !REFERENCE.matcher(value).find()) {
                required.add(key.replace("\"", "").replaceAll("[.-]", "_").toUpperCase());
            }
        });
        return required;
    }

    /** Rule 3, from the two tables of docs/operations.md. */
    static Map<String, Set<String>> fromOperationsGuide() throws IOException {
        Map<String, Set<String>> required = new HashMap<>();
        SERVICES.forEach(s -> required.put(s, new TreeSet<>()));
        String table = null;
        for (String line : Files.readAllLines(ROOT.resolve("docs/operations.md"))) {
            if (line.startsWith("#")) {
                table = line.contains("Required: a service does not start without these") ? "required"
                        : line.contains("Set these in production too") ? "too" : null;
                continue;
            }
            if (table == null || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> services = SERVICES;
            boolean byArea = false;
            if (table.equals("required")) {
                String who = cells[2].strip();
                services = who.equals("all") ? SERVICES : List.of(who.split(",\\s*"));
            } else {
                Matcher named = Pattern.compile("\\(([a-z-]+)\\)").matcher(cells[1]);
                if (named.find()) {
                    services = List.of(named.group(1));
                } else {
                    byArea = true;
                }
            }
            Matcher m = BACKTICKED.matcher(cells[1]);
            while (m.find()) {
                for (String service : services) {
                    if (byArea && !configuresArea(service, m.group(1))) {
                        continue;
                    }
                    assertTrue(required.containsKey(service), "unknown service in docs/operations.md: " + service);
                    required.get(service).add(m.group(1));
                }
            }
        }
        assertFalse(required.get("notification").isEmpty(), "the tables of docs/operations.md were not found");
        return required;
    }

    /** Whether the service's application.properties has a key in the variable's area ({@code quarkus.mailer.}). */
    private static boolean configuresArea(String service, String variable) throws IOException {
        String[] words = variable.toLowerCase().split("_");
        String prefix = words[0] + "." + words[1] + ".";
        return Files.readAllLines(ROOT.resolve("services/" + service + "/src/main/resources/application.properties"))
                .stream().map(String::strip).map(l -> l.startsWith("%prod.") ? l.substring(6) : l)
                .anyMatch(l -> l.startsWith(prefix));
    }

    /** What each Deployment of the base sets: its env names and the keys of the ConfigMaps it takes. */
    static Map<String, Set<String>> setByBase() throws IOException {
        ManifestValidator reader = new ManifestValidator();
        List<JsonNode> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s/base"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    objects.addAll(reader.documents(Files.readString(file)));
                }
            }
        }
        Map<String, Set<String>> configMaps = new HashMap<>();
        for (JsonNode o : objects) {
            if (o.path("kind").asText().equals("ConfigMap")) {
                Set<String> keys = new TreeSet<>();
                o.path("data").fieldNames().forEachRemaining(keys::add);
                configMaps.put(o.at("/metadata/name").asText(), keys);
            }
        }
        Map<String, Set<String>> set = new HashMap<>();
        for (JsonNode o : objects) {
            if (!o.path("kind").asText().equals("Deployment")) {
                continue;
            }
            String name = o.at("/metadata/name").asText();
            Set<String> names = set.computeIfAbsent(name, n -> new TreeSet<>());
            for (JsonNode container : o.at("/spec/template/spec/containers")) {
                container.path("env").forEach(e -> names.add(e.path("name").asText()));
                for (JsonNode from : container.path("envFrom")) {
                    assertFalse(from.has("secretRef"), name + " takes a whole Secret with envFrom");
                    String map = from.at("/configMapRef/name").asText();
                    assertTrue(configMaps.containsKey(map), name + " takes ConfigMap " + map + ", not in the base");
                    names.addAll(configMaps.get(map));
                }
            }
        }
        return set;
    }
}
