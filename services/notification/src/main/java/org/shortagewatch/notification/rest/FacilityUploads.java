package org.shortagewatch.notification.rest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.Facilities;

/**
 * Reads the uploads of {@link FacilityResource}: a CSV list of facilities, a formulary (YJ codes), and the formulary's
 * parameters. A bad row refuses the whole upload with a 400 naming its line.
 */
final class FacilityUploads {

    private FacilityUploads() {
    }

    /** Facilities, header {@code code,kind,name,email} (optional; the e-mail column too). */
    static List<Facilities.Row> facilities(String csv) {
        List<Facilities.Row> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv, "facilities")) {
            String field = "facilities[line " + r.getRecordNumber() + "]";
            String code = r.get(0).trim();
            if (r.getRecordNumber() == 1 && code.equalsIgnoreCase("code")) {
                continue;
            }
            if (r.size() < 3) {
                throw ProblemException.invalidField(field, "expected code,kind,name[,email]");
            }
            FacilityCodes.problem(code).ifPresent(problem -> {
                throw ProblemException.invalidField(field, "code: " + problem);
            });
            FacilityKind kind;
            try {
                kind = FacilityKind.valueOf(r.get(1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(field, "kind must be PHARMACY, HOSPITAL or CLINIC");
            }
            if (!kind.fits(code) || r.get(2).isBlank()) {
                throw ProblemException.invalidField(field, "kind does not fit the code, or the name is empty");
            }
            String email = r.size() > 3 && !r.get(3).isBlank() ? r.get(3).trim() : null;
            rows.add(new Facilities.Row(code, kind, r.get(2).trim(), email));
        }
        return rows;
    }

    /** A formulary's YJ codes (first column), each once, in file order; a header and blank lines are skipped. */
    static List<String> formulary(String csv) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (CSVRecord r : parse(csv, "formulary")) {
            String yj = r.get(0).trim();
            if (yj.isEmpty() || (r.getRecordNumber() == 1 && !YjCodes.isValid(yj) && !yj.matches(".*[0-9].*"))) {
                continue; // blank line or header
            }
            if (!YjCodes.isValid(yj)) {
                throw ProblemException.invalidField("formulary[line " + r.getRecordNumber() + "]", YjCodes.FORMAT_HINT);
            }
            codes.add(yj);
        }
        return List.copyOf(codes);
    }

    /** The channels of a formulary subscription, comma-separated; webhooks are subscribed one at a time. */
    static String[] channels(String channels) {
        List<String> chosen = new ArrayList<>();
        for (String c : channels.split(",")) {
            try {
                Channel channel = Channel.valueOf(c.trim().toUpperCase(Locale.ROOT));
                if (channel == Channel.WEBHOOK) {
                    throw ProblemException.invalidField("channels", "webhook subscriptions are made one at a time, with their URL");
                }
                chosen.add(channel.name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("channels", "must be EMAIL, SSE or INBOX, comma-separated");
            }
        }
        return chosen.toArray(String[]::new);
    }

    static Severity minSeverity(String minSeverity) {
        try {
            return Severity.valueOf(minSeverity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("minSeverity", "must be INFO, LOW, MEDIUM, HIGH or CRITICAL");
        }
    }

    private static List<CSVRecord> parse(String csv, String field) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalidField(field, "the CSV is empty");
        }
        try {
            return CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalidField(field, "not readable as CSV: " + e.getMessage());
        }
    }
}
