package org.shortagewatch.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.config.UploadSettings;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.domain.upload.FacilityListFile;
import org.shortagewatch.notification.domain.upload.FormularyFile;
import org.shortagewatch.common.bulk.UploadedFile;
import org.shortagewatch.notification.rest.FacilityRequest;

/**
 * Reads the files of facility uploads (a facility list, a formulary) and refuses a file with any bad row as a whole:
 * a 400 whose errors name each bad cell as {@code facilities[line N]} (or {@code formulary[line N]}) with its row
 * and column, the form every service reports file errors in.
 */
@ApplicationScoped
public class FacilityUploadReader {

    /** How many errors a refusal lists; the detail counts them all. */
    static final int MAX_LISTED_ERRORS = 1000;

    @Inject
    Validator validator;

    @Inject
    UploadSettings upload;

    /** The facilities of a facility list, every e-mail address checked as the JSON request checks it. */
    public List<FacilityEntry> facilities(String contentType, byte[] content) {
        UploadedFile file = file(contentType, content);
        try {
            return accepted("facilities", FacilityListFile.read(file, upload.maxRows(),
                    address -> FacilityRequest.emailProblem(validator, address)));
        } catch (UnreadableFile e) {
            throw ProblemException.invalidField("facilities", e.reason());
        }
    }

    /** The YJ codes of a formulary, each once, in file order. */
    public List<String> formulary(String contentType, byte[] content) {
        UploadedFile file = file(contentType, content);
        try {
            List<ParsedRow<String>> rows = FormularyFile.read(file, upload.maxRows());
            accepted("formulary", rows);
            return FormularyFile.codes(rows);
        } catch (UnreadableFile e) {
            throw ProblemException.invalidField("formulary", e.reason());
        }
    }

    private static UploadedFile file(String contentType, byte[] content) {
        return UploadedFile.of(contentType, content);
    }

    /** The values of the rows when every row is valid; otherwise the refusal naming every error. */
    private static <T> List<T> accepted(String name, List<ParsedRow<T>> rows) {
        List<RowError> errors = rows.stream().flatMap(row -> row.errors().stream()).toList();
        if (!errors.isEmpty()) {
            throw refusal(name, errors);
        }
        return rows.stream().map(ParsedRow::value).toList();
    }

    /**
     * A 400 naming each error as {@code name[line N]} (the field and pointer file uploads have always answered),
     * with its row and column; in both languages until the response is written in the caller's.
     */
    static ProblemException refusal(String name, List<RowError> errors) {
        List<Problem.FieldError> listed = errors.stream().limit(MAX_LISTED_ERRORS).map(e -> {
            Problem.FieldError named = Problem.FieldError.of(name + "[line " + e.row() + "]", e.detail());
            return new Problem.FieldError(named.field(), named.pointer(), e.detail().en(), e.row(), e.column(),
                    e.detail().ja());
        }).toList();
        Problem.FieldError first = listed.get(0);
        Text firstDetail = errors.get(0).detail();
        Text detail = errors.size() == 1 ? firstDetail
                : Text.of("ファイルに " + errors.size() + " 件の誤りがあるため、何も登録していません。最初の誤り: "
                        + first.field() + ": " + firstDetail.ja(), errors.size()
                        + " errors in the file, nothing was stored; the first: " + first.field() + ": " + firstDetail.en());
        return new ProblemException(400, "Invalid request", detail, listed);
    }
}
