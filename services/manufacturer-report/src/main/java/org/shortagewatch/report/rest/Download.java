package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
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

    /** A file answer: its media type and a file name such as national-list-2026-12-01.csv. */
    static Response file(byte[] content, String mediaType, String name, LocalDate asOf, String extension) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + asOf + "." + extension + "\"")
                .build();
    }
}
