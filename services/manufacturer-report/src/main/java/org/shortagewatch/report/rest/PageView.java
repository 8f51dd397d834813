package org.shortagewatch.report.rest;

import java.util.List;

/** One page of results, numbered from 1, with the number of matches in all. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
