package org.shortagewatch.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options, with defaults from the environment ({@code BENCH_NAME}). */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            values.put(name, flag ? "true" : args[++i]);
        }
    }

    /** The option, else the environment variable BENCH_<NAME> (dashes as underscores), else the default. */
    String get(String name, String fallback) {
        String value = values.get(name);
        if (value == null) {
            value = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    String require(String name) {
        String value = get(name, null);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name + " (or BENCH_" + name.toUpperCase().replace('-', '_') + ")");
        }
        return value;
    }

    int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    double getDouble(String name, double fallback) {
        return Double.parseDouble(get(name, String.valueOf(fallback)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }
}
