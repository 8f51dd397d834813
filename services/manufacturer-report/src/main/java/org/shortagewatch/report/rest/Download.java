package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import org.shortagewatch.common.rest.ProblemException;

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
        throw ProblemException.invalidField("format", "'" + value + "' is not one of "
                + String.join(", ", Arrays.stream(allowed).map(d -> d.name().toLowerCase(Locale.ROOT))
                        .toList()));
    }

    /** A file answer: its media type and a file name such as national-list-2026-12-01.csv. */
    static Response file(byte[] content, String mediaType, String name, LocalDate asOf, String extension) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + asOf + "." + extension + "\"")
                .build();
    }
}
