package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

/** The formats a report can be downloaded in, chosen by the {@code format} query parameter. */
enum Download {
    JSON, CSV, XLSX;

    static Download of(String value, Download... allowed) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        for (Download d : allowed) {
            if (d.name().equalsIgnoreCase(value.strip())) {
                return d;
            }
        }
        String names = String.join(", ", Arrays.stream(allowed).map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
        throw ProblemException.invalidField("format",
                Text.of("「" + value + "」ではなく " + names + " のいずれかにしてください", "'" + value + "' is not one of " + names));
    }

    /**
     * A table answered as this format asks, JSON or CSV: as JSON, {@code json}; as CSV, a file of {@code rows} (made
     * only then) named for the table and its day.
     */
    Response jsonOrCsv(Object json, Supplier<? extends List<? extends List<?>>> rows, String name, LocalDate day) {
        return this == JSON ? Response.ok(json, MediaType.APPLICATION_JSON).build()
                : file(Csv.bytes(rows.get()), Csv.MEDIA_TYPE, name, day, "csv");
    }

    /** A file answer: its media type and a file name such as national-list-2026-12-01.csv. */
    static Response file(byte[] content, String mediaType, String name, LocalDate asOf, String extension) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + asOf + "." + extension + "\"")
                .build();
    }
}
