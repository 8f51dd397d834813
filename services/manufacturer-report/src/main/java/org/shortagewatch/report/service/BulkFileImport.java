package org.shortagewatch.report.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.report.persistence.ClaimedBulkJob;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a bulk job of one kind does with its file, in the steps {@link BulkJobWorker} runs every job through: read
 * the rows, name the products whose holders decide what the uploader may write, refuse the rest, record the
 * accepted rows.
 *
 * @param <T> what a row is read into
 */
interface BulkFileImport<T> {

    /** Reads and checks every row; CPU work, called off the event loop. */
    List<ParsedRow<T>> read(ListFile file, ClaimedBulkJob job) throws org.shortagewatch.common.bulk.Sheet.UnreadableFile;

    /** The products the rows name, whose holders are looked up. */
    Set<String> productsNamed(List<ParsedRow<T>> rows);

    /**
     * Refuses the rows the uploader may not write, given the holder of each named product that exists.
     *
     * @param org the uploader's organisation; null for an admin
     */
    void checkHolders(ListFile file, List<ParsedRow<T>> rows, Map<String, String> holders, String org);

    /** Records the accepted rows in the transaction that finishes the job (the worker adds the job's audit entry). */
    Uni<Void> record(SqlConnection connection, ClaimedBulkJob job, List<T> accepted);
}
