package org.shortagewatch.common.bulk;

import java.util.Arrays;
import java.util.Optional;

/** What a bulk upload does when some rows are invalid. */
public enum BulkMode {
    /** Any invalid row rejects the whole file: nothing is recorded. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The valid rows are recorded; the invalid ones are reported back. */
    ACCEPT_VALID("accept-valid");

    private final String parameter;

    BulkMode(String parameter) {
        this.parameter = parameter;
    }

    /** As the {@code mode} query parameter spells it. */
    public String parameter() {
        return parameter;
    }

    public static Optional<BulkMode> ofParameter(String value) {
        return Arrays.stream(values()).filter(m -> m.parameter.equalsIgnoreCase(value) || m.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
