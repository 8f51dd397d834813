package org.shortagewatch.report.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.persistence.ClaimedBulkJob;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a bulk job of one kind does with its file, in the steps {@link BulkJobWorker} runs every job through: read
 * the rows, name the products whose holders decide what the uploader may write, refuse the rest, find the rows that
 * repeat what is recorded, record the accepted rows that do not. {@link BulkFileImports} makes one for each kind.
 *
 * @param read reads and checks every row, telling its progress reporter how many rows it has checked after each;
 *        CPU work, called off the event loop
 * @param productsNamed the products the rows name, whose holders are looked up
 * @param checkHolders refuses the rows the uploader may not write, given the holder of each named product that
 *        exists (the uploader's organisation is null for an admin)
 * @param repeats the values of valid rows that repeat what is recorded (nothing to record), refusing the rows that
 *        may not be recorded as new
 * @param record records the accepted rows in the transaction that finishes the job (the worker adds the job's audit
 *        entry); answers how many of them it found unchanged itself and left as they were
 * @param confirm what the accepted rows that repeat what is recorded confirm, in the same transaction (a status
 *        row confirms its product's status unchanged)
 * @param <T> what a row is read into
 */
record BulkFileImport<T>(Reader<T> read, ProductsNamed<T> productsNamed, HolderCheck<T> checkHolders,
        RepeatCheck<T> repeats, Recorder<T> record, Confirmer<T> confirm) {

    @FunctionalInterface
    interface Reader<T> {
        List<ParsedRow<T>> rows(ListFile file, ClaimedBulkJob job, IntConsumer checked) throws UnreadableFile;
    }

    @FunctionalInterface
    interface RepeatCheck<T> {
        Uni<Set<T>> in(ListFile file, List<ParsedRow<T>> rows);
    }

    @FunctionalInterface
    interface ProductsNamed<T> {
        Set<String> in(List<ParsedRow<T>> rows);
    }

    @FunctionalInterface
    interface HolderCheck<T> {
        void refuseForeign(ListFile file, List<ParsedRow<T>> rows, Map<String, String> holders, String org);
    }

    @FunctionalInterface
    interface Confirmer<T> {
        Uni<Void> unchanged(SqlConnection connection, ClaimedBulkJob job, List<T> unchanged);
    }

    @FunctionalInterface
    interface Recorder<T> {
        Uni<Integer> accepted(SqlConnection connection, ClaimedBulkJob job, List<T> accepted);
    }
}
