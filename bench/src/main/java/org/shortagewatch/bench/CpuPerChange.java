package org.shortagewatch.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario (i): what a status change costs in CPU, and the highest rate the way from post to subscriber keeps up with.
 *
 * <p>On an {@link EndToEndRig} (products with subscriptions, as the end-to-end scenario's), posts at a steady
 * {@code --rate} (100/s): each process's CPU time as the operating system counts it ({@link ProcessCpu}), read at the
 * start and the end of the measured phase and divided by the measured posts answered 201; the processes of the system
 * (the three services, PostgreSQL with all its processes, the stack JVM with Kafka) make the total, the load
 * generator (this JVM) is reported beside it; the machine's busy time over the same window, and what the machine has
 * per post at that rate (cores × 1000 ms / rate), so the total can be checked against both.
 *
 * <p>Then steps of {@code --step-seconds} at double the rate until one is not kept (or half, while 100/s is not), and
 * once between the highest kept and the lowest not kept: kept means every channel's p99 from post to receipt under
 * {@code --p99-bound-ms} (1 s), every receipt in and none twice, and no post failed.
 */
public final class CpuPerChange {

    private record Part(String name, String label, String note) {
    }

    /** The system's processes, whose CPU makes the total. */
    private static final List<Part> SYSTEM = List.of(new Part("report", "manufacturer-report", ""),
            new Part("allocation", "wholesaler-allocation", ""), new Part("notification", "notification", ""),
            new Part("postgres", "PostgreSQL (the postmaster and all its processes)", ""),
            new Part("stack", "Kafka (stack JVM)", "the JVM also hosts the harness's webhook sink (idle here) and"
                    + " watches the services"));
    private static final double MIN_RATE = 10;

    private CpuPerChange() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        double rate = args.getDouble("rate", 100);
        ProcessCpu cpu = new ProcessCpu().process("report", pid(args, "report-pid"))
                .process("allocation", pid(args, "allocation-pid"))
                .process("notification", pid(args, "notification-pid"))
                .tree("postgres", pid(args, "pg-pid")).process("stack", pid(args, "stack-pid"))
                .process("generator", ProcessHandle.current().pid());
        Figures figures = Figures.fromEnvironment();
        try (EndToEndRig rig = EndToEndRig.setUp(args, Reporting.from(args), new Http())) {
            ProcessCpu.Reading[] window = new ProcessCpu.Reading[2];
            EndToEndStep steady = rig.step(rate, args.getDouble("warmup-seconds", 10),
                    args.getDouble("duration-seconds", 60), new EndToEndRig.Phase() {
                        @Override
                        public void begins() {
                            window[0] = cpu.read();
                        }

                        @Override
                        public void ends() {
                            window[1] = cpu.read();
                        }
                    });
            perPost(figures, steady, window[0], window[1], args.getInt("clock-ticks", 100));
            highestRate(figures, rig, steady, args);
        }
    }

    private static void perPost(Figures figures, EndToEndStep step, ProcessCpu.Reading from, ProcessCpu.Reading to,
            int clockTicks) {
        long posts = step.answered.getTotalCount();
        double msPerTick = 1000.0 / clockTicks;
        int cores = Runtime.getRuntime().availableProcessors();
        String rate = Figures.format(step.rate) + "/s";
        String window = String.format("%d posts answered 201 in the %.0f s of steady posts at %s", posts,
                (to.nanos() - from.nanos()) / 1e9, rate);
        figures.add("cpu.limit", "CPU per post: what the machine has at " + rate, cores * 1000.0 / step.rate, "ms", "",
                "", cores + " cores × 1000 ms / " + Figures.format(step.rate));
        figures.add("cpu.machine", "CPU per post: the whole machine (/proc/stat)",
                (to.machineTicks() - from.machineTicks()) * msPerTick / posts, "ms", "", "cpu.limit",
                "every process on the machine, over the same window");
        long total = SYSTEM.stream().mapToLong(part -> used(from, to, part.name())).sum();
        figures.add("cpu.total", "CPU per post: the system in total", total * msPerTick / posts, "ms", "<=2",
                "cpu.limit", "the three services, PostgreSQL and Kafka (stack JVM); " + window + "; " + step.outcome());
        for (Part part : SYSTEM) {
            figures.add("cpu." + part.name(), "CPU per post: " + part.label(),
                    used(from, to, part.name()) * msPerTick / posts, "ms", "", "cpu.limit", part.note());
        }
        figures.add("cpu.generator", "CPU per post: the load generator (not in the total)",
                used(from, to, "generator") * msPerTick / posts, "ms", "", "cpu.limit",
                "its posts, webhook sink, SSE reader and supply-status consumer");
    }

    /** Steps up by doubling (down by halving while none is kept), then once between the highest kept and lowest not. */
    private static void highestRate(Figures figures, EndToEndRig rig, EndToEndStep first, Args args)
            throws InterruptedException {
        double bound = args.getDouble("p99-bound-ms", 1000);
        double stepSeconds = args.getDouble("step-seconds", 30);
        double maxRate = args.getDouble("max-rate", 3200);
        List<String> tried = new ArrayList<>();
        double kept = 0;
        double missed = Double.POSITIVE_INFINITY;
        boolean bisected = false;
        for (EndToEndStep step = first; ; ) {
            boolean ok = step.kept(bound);
            tried.add(step.outcome() + (ok ? "" : " (not kept)"));
            System.out.println("  " + tried.get(tried.size() - 1));
            if (ok) {
                kept = Math.max(kept, step.rate);
            } else {
                missed = Math.min(missed, step.rate);
            }
            double next;
            if (kept == 0) {
                next = step.rate / 2;
            } else if (Double.isInfinite(missed)) {
                next = step.rate * 2;
            } else if (!bisected) {
                next = Math.round((kept + missed) / 2);
                bisected = true;
            } else {
                break;
            }
            if (next < MIN_RATE || next > maxRate) {
                break;
            }
            step = rig.step(next, 0, stepSeconds, EndToEndRig.Phase.NONE);
        }
        figures.add("cpu.e2e.max", "E2E: highest rate with webhook and SSE p99 < " + Figures.format(bound) + " ms",
                kept, "posts/s", "", "", "tried " + String.join("; ", tried) + "; kept = p99 under the bound on each"
                        + " channel, every receipt once, no post failed; " + Figures.format(stepSeconds)
                        + " s a step after the first");
    }

    private static long used(ProcessCpu.Reading from, ProcessCpu.Reading to, String name) {
        return to.ticks().get(name) - from.ticks().get(name);
    }

    private static long pid(Args args, String name) {
        return Long.parseLong(args.require(name));
    }
}
