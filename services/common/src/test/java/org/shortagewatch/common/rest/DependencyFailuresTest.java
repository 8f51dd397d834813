package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

class DependencyFailuresTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIsADependencyFailureWhereverItIsInTheChain() {
        assertTrue(DependencyFailures.isDependencyFailure(ClosedConnectionException.INSTANCE));
        assertTrue(DependencyFailures.isDependencyFailure(
                new CompletionException(new RuntimeException(new ConnectException("Connection refused")))));
        assertTrue(DependencyFailures.isDependencyFailure(
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")));
        assertTrue(DependencyFailures.isDependencyFailure(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
        assertTrue(DependencyFailures.isDependencyFailure(new SQLException("connection failure", "08006")));
        // a pooled connection written to just after the database stopped (seen in the fault suite)
        assertTrue(DependencyFailures.isDependencyFailure(new CompletionException(new IOException("Broken pipe"))));
        assertTrue(DependencyFailures.isDependencyFailure(new SocketException("Connection reset")));
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertFalse(DependencyFailures.isDependencyFailure(
                new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null)));
        assertFalse(DependencyFailures.isDependencyFailure(new IllegalStateException("a bug")));
        assertFalse(DependencyFailures.isDependencyFailure(new NullPointerException()));
        assertFalse(DependencyFailures.isDependencyFailure(new IOException("the upload is not a valid xlsx file")));
    }
}
