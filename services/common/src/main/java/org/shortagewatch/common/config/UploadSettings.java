package org.shortagewatch.common.config;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.upload.*}: bulk files. Each service states its cap in its {@code application.properties},
 * where operators see it (and override it by environment variable): what its files hold in a real month, with room.
 * A file over the cap is refused before anything past the cap is read, so a file that inflates to millions of rows
 * costs no more memory than the largest file accepted.
 */
@ConfigMapping(prefix = "shortagewatch.upload")
public interface UploadSettings {

    /** The most rows below its header one upload may hold. */
    int maxRows();
}
