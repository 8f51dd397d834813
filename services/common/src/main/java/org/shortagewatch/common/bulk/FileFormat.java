package org.shortagewatch.common.bulk;

import java.util.Locale;
import java.util.Optional;

/** The file formats uploads and exports travel in. */
public enum FileFormat {
    CSV(FileFormat.CSV_MEDIA_TYPE),
    XLSX(FileFormat.XLSX_MEDIA_TYPE);

    /** For {@code @Consumes} and {@code @Produces}. */
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;

    FileFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type such as {@code text/csv; charset=Shift_JIS}, ignoring its parameters. */
    public static Optional<FileFormat> ofMediaType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String bare = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
