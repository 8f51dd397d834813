package org.shortagewatch.report.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Product counts for the aggregate tests, written as the survey's tables are read: a line per row key, then each
 * column key with its count ({@code GENERIC: NORMAL 10, STOPPED 2}); {@code -} stands for a key the products do not
 * have (no category, no reason).
 */
final class CountTable {

    /** A test's count record, made from its row key, its column key and the number of products. */
    interface Cell<R, C, T> {
        T of(R row, C column, long products);
    }

    private CountTable() {
    }

    /** The table's counts in the order written. */
    static <R extends Enum<R>, C extends Enum<C>, T> List<T> read(Class<R> rows, Class<C> columns, String table,
            Cell<R, C, T> cell) {
        List<T> counts = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] row = line.split(":", 2);
            R rowKey = key(rows, row[0]);
            for (String entry : row[1].split(",")) {
                String[] column = entry.strip().split("\\s+");
                counts.add(cell.of(rowKey, key(columns, column[0]), Long.parseLong(column[1])));
            }
        }
        return counts;
    }

    private static <E extends Enum<E>> E key(Class<E> type, String name) {
        String key = name.strip();
        return key.equals("-") ? null : Enum.valueOf(type, key);
    }
}
