package org.shortagewatch.common.bulk;

/** A column an uploaded file's layout knows: its usual header, and the API field it carries (for errors). */
public interface Column {

    /** The header as the layout prints it. */
    String header();

    /** The field of the API the column carries. */
    String field();
}
