package org.shortagewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * CPU time as the operating system counts it, in clock ticks ({@code getconf CLK_TCK}): user + system time of named
 * processes from {@code /proc/<pid>/stat}, and the busy time of the whole machine from {@code /proc/stat}. Read twice,
 * the difference is what each used in between.
 */
final class ProcessCpu {

    /** What each name used up to a moment, and the machine's busy time. */
    record Reading(long nanos, Map<String, Long> ticks, long machineTicks) {
    }

    private final Map<String, LongSupplier> sources = new LinkedHashMap<>();

    /** One process: its utime + stime. */
    ProcessCpu process(String name, long pid) {
        sources.put(name, () -> ticks(pid, false));
        return this;
    }

    /**
     * A process and every process below it: the utime + stime of each living one, and what the exited ones used, which
     * the kernel adds to their parent's cutime + cstime once the parent has waited for them (so a PostgreSQL backend
     * that ends in between is still counted).
     */
    ProcessCpu tree(String name, long pid) {
        sources.put(name, () -> ticks(pid, true) + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> ticks(p.pid(), true)).sum());
        return this;
    }

    Reading read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        sources.forEach((name, source) -> ticks.put(name, source.getAsLong()));
        return new Reading(System.nanoTime(), ticks, machineTicks());
    }

    /** utime + stime (fields 14 and 15 of /proc/pid/stat), with cutime + cstime (16 and 17); 0 for a process gone. */
    static long ticks(long pid, boolean withWaitedForChildren) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the command name (field 2) is in parentheses and may hold spaces: field 3 is the first after the last ')'
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long own = Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]);
        return withWaitedForChildren ? own + Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]) : own;
    }

    /** The machine's busy time, all cores: user, nice, system, irq, softirq and steal of /proc/stat's first line. */
    static long machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
