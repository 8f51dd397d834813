package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The operators' guide (docs/operations.md) lists every setting of the project's own: each {@code shortagewatch.*}
 * property of a service's application.properties and each property of a {@code @ConfigMapping} interface, by its
 * environment variable, either whole or as {@code ..._SUFFIX} in the row of a sibling setting.
 */
class OperationsGuideSettingsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Pattern PROPERTY = Pattern.compile("(?m)^(shortagewatch\\.[a-z0-9.-]+)\\s*=");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("interface (\\w+) \\{");
    private static final Pattern METHOD = Pattern.compile("^\\s+(?!default\\b)([\\w<>?, .]+?)\\s+(\\w+)\\(\\);");

    @Test
    void everySettingHasItsVariableInTheGuide() throws IOException {
        Set<String> settings = settings();
        assertTrue(settings.size() > 40, "settings found: " + settings);
        List<String> guide = Files.readAllLines(ROOT.resolve("docs/operations.md"));
        List<String> missing = new ArrayList<>();
        for (String setting : settings) {
            String variable = setting.toUpperCase().replaceAll("[.-]", "_");
            if (guide.stream().noneMatch(line -> line.contains("`" + variable + "`") || abbreviated(line, variable))) {
                missing.add(variable);
            }
        }
        assertEquals(List.of(), missing, "settings without a row in docs/operations.md");
    }

    /** Whether the line names {@code variable} as {@code ..._SUFFIX} after a sibling that shares its beginning. */
    static boolean abbreviated(String line, String variable) {
        Matcher suffix = Pattern.compile("\\.\\.\\._([A-Z0-9_]+)").matcher(line);
        while (suffix.find()) {
            Matcher sibling = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(line);
            while (sibling.find()) {
                String[] parts = sibling.group(1).split("_");
                for (int i = 1; i < parts.length; i++) {
                    if ((String.join("_", List.of(parts).subList(0, i)) + "_" + suffix.group(1)).equals(variable)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every property the services' own settings have: application.properties and the mapping interfaces. */
    static Set<String> settings() throws IOException {
        Set<String> settings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("services"))) {
            for (Path file : files.filter(f -> f.toString().contains("/src/main/")).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("application.properties")) {
                    Matcher property = PROPERTY.matcher(Files.readString(file));
                    while (property.find()) {
                        settings.add(property.group(1));
                    }
                } else if (name.endsWith(".java")) {
                    String source = Files.readString(file);
                    Matcher mapping = MAPPING.matcher(source);
                    if (mapping.find()) {
                        mapped(source, mapping.group(1), settings);
                    }
                }
            }
        }
        return settings;
    }

    /** The properties of a mapping interface and its nested groups, the group methods adding their segment. */
    private static void mapped(String source, String prefix, Set<String> settings) {
        Matcher first = INTERFACE.matcher(source);
        if (first.find()) {
            walk(source, first.group(1), prefix, settings);
        }
    }

    private static void walk(String source, String type, String prefix, Set<String> settings) {
        for (String line : ownLines(source, type)) {
            Matcher method = METHOD.matcher(line);
            if (!method.find()) {
                continue;
            }
            String returned = method.group(1).replaceAll("Optional<(\\w+)>", "$1").strip();
            String key = prefix + "." + method.group(2).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            if (!returned.equals(type) && source.contains("interface " + returned + " {")) {
                walk(source, returned, key, settings);
            } else {
                settings.add(key);
            }
        }
    }

    /** The lines of an interface's body, without those of the interfaces nested in it. */
    private static List<String> ownLines(String source, String type) {
        int open = source.indexOf('{', source.indexOf("interface " + type + " {"));
        List<String> lines = new ArrayList<>();
        int depth = 0;
        for (String line : source.substring(open + 1).split("\n")) {
            if (depth == 0) {
                lines.add(line);
            }
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
            if (depth < 0) {
                break;
            }
        }
        return lines;
    }
}
