package org.shortagewatch.allocation.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.shortagewatch.common.bulk.Column;

/**
 * The columns of a wholesaler's record file. Each header is the name of the field it carries in the JSON API, as
 * written (reference, facilityCode, ...), in any order.
 */
public enum RecordColumn implements Column {
    REFERENCE("reference", false),
    FACILITY_CODE("facilityCode", true),
    PREFECTURE_CODE("prefectureCode", false),
    YJ_CODE("yjCode", true),
    DATE("date", true),
    UNITS("units", true),
    UNIT("unit", true);

    /** Every column's header, in the order the layout lists them (for error messages). */
    public static final List<String> HEADERS = Arrays.stream(values()).map(RecordColumn::header).toList();

    private final String name;
    private final boolean required;

    RecordColumn(String name, boolean required) {
        this.name = name;
        this.required = required;
    }

    @Override
    public String header() {
        return name;
    }

    @Override
    public String field() {
        return name;
    }

    /** Whether a file without this column is refused. */
    public boolean required() {
        return required;
    }

    /** The column a header cell names (exactly, white space around it aside), if any. */
    public static Optional<RecordColumn> ofHeader(String header) {
        return header == null ? Optional.empty() : ofField(header.strip());
    }

    /** The column that carries a field of the API, if any. */
    public static Optional<RecordColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.name.equals(field)).findFirst();
    }
}
