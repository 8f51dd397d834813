package org.shortagewatch.report.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;
import org.shortagewatch.report.persistence.StatusChange;

import io.smallrye.mutiny.Uni;

/** The two kinds of national-list file a bulk job imports, each through the service that writes one of its rows. */
@ApplicationScoped
class BulkFileImports {

    @Inject
    ProductRegistry registry;

    @Inject
    StatusReporting reporting;

    @Inject
    StatusConfirmations confirmations;

    /**
     * A file of products (columns ① to ⑪): each row a master record, registered or updated through
     * {@link ProductRegistry} like a single one, all in one transaction.
     */
    BulkFileImport<ProductDetails> products() {
        return new BulkFileImport<>((file, job, checked) -> ListRows.products(file, job.restrictedTo(), checked),
                rows -> rows.stream().filter(ParsedRow::valid).map(r -> r.value().yjCode()).collect(Collectors.toSet()),
                ListRows::checkProductRows,
                // Unchanged products are found where they are written, in the transaction that writes the others.
                (file, rows) -> Uni.createFrom().item(Set.of()),
                (c, job, products) -> registry.registerAll(c, products),
                (c, job, unchanged) -> Uni.createFrom().voidItem());
    }

    /**
     * A file of status changes (columns ⑤ and ⑫ to ⑲): each row checked like a single report and recorded through
     * {@link StatusReporting}, all in one transaction. A row that repeats the status its product already has on the
     * row's effective date, or states none, records nothing; its dates may have passed (a list re-uploaded as it was
     * exported), a new status's may not. A repeated row confirms its product's status unchanged.
     */
    BulkFileImport<StatusReport> statusChanges() {
        return new BulkFileImport<>((file, job, checked) -> ListRows.statusReports(file, null, checked),
                ListRows::productsNamed,
                ListRows::checkStatusTargets,
                this::repeatedStatuses,
                (c, job, reports) -> reporting.record(c, reports.stream()
                        .map(report -> StatusChange.of(report, job.org())).toList(), job.id()).replaceWith(0),
                (c, job, unchanged) -> confirmations.confirmUnchanged(c, job, unchanged.stream()
                        .filter(report -> !report.statesNothing()).map(StatusReport::yjCode).toList()));
    }

    private Uni<Set<StatusReport>> repeatedStatuses(ListFile file, List<ParsedRow<StatusReport>> rows) {
        List<StatusReport> valid = rows.stream().filter(ParsedRow::valid).map(ParsedRow::value).toList();
        List<StatusReport> stated = valid.stream().filter(report -> !report.statesNothing()).toList();
        return reporting.statusesOn(stated).map(current -> {
            Set<StatusReport> repeated = new HashSet<>();
            for (StatusReport report : valid) {
                // The national list has no column for the effective date's certainty: a row leaves it as it is.
                if (report.statesNothing() || report.repeats(current.get(report.yjCode()), false)) {
                    repeated.add(report);
                }
            }
            ListRows.checkDates(file, rows, repeated::contains, ReportingDay.today());
            return repeated;
        });
    }
}
