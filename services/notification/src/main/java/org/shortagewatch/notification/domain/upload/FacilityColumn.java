package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.Column;

/** The columns of a facility list, in their places: code, kind, name and, optionally, e-mail. */
public enum FacilityColumn implements Column {
    CODE("code"), KIND("kind"), NAME("name"), EMAIL("email");

    private final String header;

    FacilityColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }

    /** The same name as the header: the fields of a single facility's registration (its path's {@code code}). */
    @Override
    public String field() {
        return header;
    }
}
