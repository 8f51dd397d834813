package org.shortagewatch.allocation.config;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.upload.*}: bulk uploads of wholesaler records. The value, default included, is in
 * {@code application.properties}, where operators see it (and override it by environment variable).
 */
@ConfigMapping(prefix = "shortagewatch.upload")
public interface UploadSettings {

    /** The most records one upload may hold. */
    int maxRows();
}
