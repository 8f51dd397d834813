package org.shortagewatch.common.bulk;

import java.util.Locale;
import java.util.Optional;

/** The file formats the national list travels in. */
public enum FileFormat {
    CSV("text/csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
