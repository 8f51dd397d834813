package org.shortagewatch.report.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.bulk.runner.*}: whether this process runs bulk jobs, and how it finds them. The defaults are
 * in application.properties.
 */
@ConfigMapping(prefix = "shortagewatch.bulk.runner")
public interface BulkJobRunnerSettings {

    /** Whether this process runs bulk jobs; when not, uploads stay queued for a process that does. */
    boolean enabled();

    /** How often the runner looks for jobs without being notified (a crash's leftovers, a missed notification). */
    Duration sweepInterval();

    /** A running job whose runner has not been heard of for this long is taken over. */
    Duration staleAfter();
}
