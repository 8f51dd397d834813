package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The topics the local and test brokers create are those the operators' guide and the Kubernetes manifests create. */
class ProjectTopicsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    static Map<String, Integer> project() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        ProjectTopics.ALL.forEach(t -> topics.put(t.name(), t.partitions()));
        return topics;
    }

    @Test
    void theKubernetesTopicsHaveTheSamePartitions() throws Exception {
        String yaml = Files.readString(ROOT.resolve("deploy/k8s/base/topics.yaml"));
        Map<String, Integer> manifests = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)kind: KafkaTopic.*?\\n  name: ([a-z-]+).*?\\n  partitions: (\\d+)").matcher(yaml);
        while (m.find()) {
            manifests.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertEquals(project(), manifests);
    }

    @Test
    void composeCreatesTheSameTopics() throws Exception {
        String script = Files.readString(ROOT.resolve("deploy/compose/create-topics.sh"));
        String table = script.substring(script.indexOf("<<'TOPICS'") + 10, script.lastIndexOf("TOPICS"));
        Map<String, Integer> compose = new LinkedHashMap<>();
        Map<String, Long> retention = new LinkedHashMap<>();
        table.lines().filter(l -> !l.isBlank()).map(l -> l.trim().split(" ")).forEach(f -> {
            compose.put(f[0], Integer.parseInt(f[1]));
            retention.put(f[0], Long.parseLong(f[2]));
        });
        assertEquals(project(), compose);
        ProjectTopics.ALL.forEach(t -> assertEquals(t.retentionMs(), retention.get(t.name()), t.name()));
    }

    @Test
    void theOperatorsGuideNamesTheSamePartitions() throws Exception {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (`[^|]+) \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| (\\d+) \\|").matcher(guide);
        while (row.find()) {
            Matcher name = Pattern.compile("`([a-z-]+)`").matcher(row.group(1));
            while (name.find()) {
                documented.put(name.group(1), Integer.parseInt(row.group(2)));
            }
        }
        assertEquals(project(), documented);
    }
}
