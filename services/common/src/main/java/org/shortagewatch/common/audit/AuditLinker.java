package org.shortagewatch.common.audit;

import org.shortagewatch.common.config.AuditSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.DrainLoop;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Links committed audit rows into the hash chain, in batches, off the request path: writers insert their rows
 * unlinked (no lock, in their own transaction), and this calls the database's {@code audit_log_link(max_rows)}
 * every {@code shortagewatch.audit.link-interval} (default 200 ms), again at once while batches come back full.
 * The database function takes a lock so that one linker of a service links at a time; a replica that finds it
 * taken links nothing and tries on its next tick. See {@code V0_5__audit_log_async_chain.sql}.
 */
@ApplicationScoped
public class AuditLinker {

    private static final Logger LOG = Logger.getLogger(AuditLinker.class);

    @Inject
    Pool pool;

    @Inject
    AuditSettings settings;

    private DrainLoop loop;

    void start(@Observes StartupEvent event) {
        loop = new DrainLoop("audit linker", settings.linkBatchSize(), this::linkOnce);
        loop.wake();
    }

    @Scheduled(every = "${shortagewatch.audit.link-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (loop != null) {
            loop.wake();
        }
    }

    /** Links one batch; returns how many rows it linked (0 when none wait or another linker holds the lock). */
    public Uni<Integer> linkOnce() {
        return pool.withTransaction(connection -> connection.preparedQuery("select audit_log_link($1) as linked")
                .execute(Tuple.of(settings.linkBatchSize()))
                .map(rows -> rows.iterator().next().getInteger("linked")))
                .invoke(linked -> {
                    if (linked > 0) {
                        LOG.debugf("linked %d audit rows", linked);
                    }
                });
    }
}
