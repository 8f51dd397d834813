package org.shortagewatch.report.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.StatusReport;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.report.persistence.ClaimedBulkJob;
import org.shortagewatch.report.persistence.StatusChange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A national-list file of status changes (columns ⑤ and ⑫ to ⑲): each row checked like a single report and
 * recorded through {@link StatusReporting}, all in one transaction.
 */
@ApplicationScoped
class StatusChangeFileImport implements BulkFileImport<StatusReport> {

    @Inject
    StatusReporting reporting;

    @Override
    public List<ParsedRow<StatusReport>> read(ListFile file, ClaimedBulkJob job) throws org.shortagewatch.common.bulk.Sheet.UnreadableFile {
        return ListRows.statusReports(file, ReportingDay.today());
    }

    @Override
    public Set<String> productsNamed(List<ParsedRow<StatusReport>> rows) {
        return ListRows.productsNamed(rows);
    }

    @Override
    public void checkHolders(ListFile file, List<ParsedRow<StatusReport>> rows, Map<String, String> holders,
            String org) {
        ListRows.checkStatusTargets(file, rows, holders, org);
    }

    @Override
    public Uni<Void> record(SqlConnection c, ClaimedBulkJob job, List<StatusReport> reports) {
        List<StatusChange> changes = reports.stream().map(report -> StatusChange.of(report, job.org())).toList();
        return reporting.record(c, changes, job.id()).replaceWithVoid();
    }
}
