package org.shortagewatch.common.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vertx.sqlclient.DatabaseException;

/**
 * Tells a failure of the service's own dependencies (the database gone, a connection cut, no connection to be had
 * in time) from a failure of the request or of the code. The first is answered 503 with {@code Retry-After}: the
 * caller did nothing wrong and the same request will succeed once the dependency is back.
 */
public final class DependencyFailures {

    /**
     * SQLSTATEs of an unavailable server: class 08 (connection exceptions) and the shutdowns of class 57
     * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    /** Exceptions of the Vert.x SQL client and Netty that mean "no usable connection", by simple class name. */
    private static final Set<String> CONNECTION_FAILURES = Set.of("ClosedConnectionException",
            "ConnectTimeoutException", "NoStackTraceTimeoutException", "StacklessClosedChannelException");

    /**
     * How the JDK fails a write or a read on a socket whose other end is gone: the database stopped while a pooled
     * connection was in use. (A request's own connection cut this way cannot be answered at all.)
     */
    private static final Set<String> CUT_SOCKET = Set.of("Broken pipe", "Connection reset by peer", "Connection reset");

    /** How the SQL client fails a query sent on a connection it has just seen closed. */
    private static final String CONNECTION_NOT_ACTIVE = "Connection is not active now";

    private DependencyFailures() {
    }

    public static boolean isDependencyFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof TimeoutException || t instanceof SocketException
                    || t instanceof IOException && CUT_SOCKET.contains(t.getMessage())
                    || CONNECTION_FAILURES.contains(t.getClass().getSimpleName())
                    || String.valueOf(t.getMessage()).startsWith(CONNECTION_NOT_ACTIVE)) {
                return true;
            }
            String state = sqlState(t);
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
        }
        return false;
    }

    /** The SQLSTATE of a JDBC or a Vert.x SQL client exception. */
    private static String sqlState(Throwable t) {
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        return t instanceof DatabaseException db ? db.getSqlState() : null;
    }
}
