package org.shortagewatch.local.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a backup holds besides its dumps ({@code manifest.json} in the backup directory): when it began, the
 * consumer groups' committed offsets read just before the first dump, and each database's dump file.
 *
 * <p>The offsets are the restore's consumer positions: each was committed after its event's effect had committed,
 * so every dump, taken later, holds the effect of every event before it. Resetting a group to them makes the
 * restored services read again what they may not hold, and the processed-event log skips what they do.
 *
 * @param startedAt when the backup began: before the offsets were read and before any dump's snapshot
 * @param finishedAt when the last dump was complete
 * @param serverVersion the dumped server's {@code server_version}; a restore needs the same major version
 * @param offsets per consumer group, per topic, the committed offset of each partition ("topic" to partition to
 *     offset); a partition the group had not committed on is absent (the group would have read it from the start)
 * @param dumps per database, its dump's file name in the backup directory (pg_dump's custom format)
 */
public record BackupManifest(Instant startedAt, Instant finishedAt, String serverVersion,
        Map<String, Map<String, Map<Integer, Long>>> offsets, Map<String, String> dumps) {

    public static final String FILE = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public BackupManifest {
        offsets = sorted(offsets);
        dumps = new TreeMap<>(dumps);
    }

    private static Map<String, Map<String, Map<Integer, Long>>> sorted(Map<String, Map<String, Map<Integer, Long>>> in) {
        Map<String, Map<String, Map<Integer, Long>>> out = new TreeMap<>();
        in.forEach((group, topics) -> {
            Map<String, Map<Integer, Long>> byTopic = new TreeMap<>();
            topics.forEach((topic, partitions) -> byTopic.put(topic, new TreeMap<>(partitions)));
            out.put(group, byTopic);
        });
        return out;
    }

    /** The server's major version ({@code 15} of {@code 15.15}). */
    public int serverMajorVersion() {
        return majorVersion(serverVersion);
    }

    /** The major version of a PostgreSQL version string: {@code 15.15}, {@code 15.18 (Debian 15.18-0+deb12u1)}. */
    static int majorVersion(String version) {
        String digits = version.trim().replaceFirst("^[^0-9]*", "").replaceFirst("[^0-9].*$", "");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("not a PostgreSQL version: " + version);
        }
        return Integer.parseInt(digits);
    }

    /**
     * The offset a group is to restart from on each partition of its topics: the offset committed at the backup's
     * start, or, where it had committed none, the partition's first offset ({@code logStart}), as the group would
     * have read it from there (every consumer reads from the earliest offset when it has none).
     */
    public Map<String, Map<Integer, Long>> restartOffsets(String group, Map<String, Map<Integer, Long>> logStart) {
        Map<String, Map<Integer, Long>> committed = offsets.getOrDefault(group, Map.of());
        Map<String, Map<Integer, Long>> restart = new TreeMap<>();
        logStart.forEach((topic, partitions) -> {
            Map<Integer, Long> positions = new TreeMap<>();
            partitions.forEach((partition, first) -> positions.put(partition,
                    Math.max(first, committed.getOrDefault(topic, Map.of()).getOrDefault(partition, first))));
            restart.put(topic, positions);
        });
        return restart;
    }

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(this));
    }

    public static BackupManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a backup: " + dir + " has no " + FILE);
        }
        return JSON.readValue(file.toFile(), BackupManifest.class);
    }

    /** The databases of the backup, in the order they were dumped. */
    public List<String> databases() {
        return List.copyOf(dumps.keySet());
    }
}
