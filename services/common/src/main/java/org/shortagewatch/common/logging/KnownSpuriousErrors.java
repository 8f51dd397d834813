package org.shortagewatch.common.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops log records that report no failure of ours, only a known defect of a library, so that an error in the log
 * always means something to act on. Today one: when the database is unreachable, the Vert.x SQL client's pool fails
 * the request at once but leaves its acquisition timer armed; when the timer fires it completes the already failed
 * request again and Vert.x logs {@code IllegalStateException: Result is already complete} as an uncaught exception
 * (eclipse-vertx/vertx-sql-client#1706). The request itself was answered, and the pool recovers by itself.
 */
@LoggingFilter(name = "shortagewatch-known-spurious-errors")
public final class KnownSpuriousErrors implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return !(thrown instanceof IllegalStateException
                && "Result is already complete".equals(thrown.getMessage())
                && thrown.getStackTrace().length > 0
                && isFromSqlPool(thrown));
    }

    private static boolean isFromSqlPool(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("io.vertx.sqlclient.impl.pool.")) {
                return true;
            }
        }
        return false;
    }
}
