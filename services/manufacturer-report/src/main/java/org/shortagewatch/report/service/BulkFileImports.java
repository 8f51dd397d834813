package org.shortagewatch.report.service;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.report.domain.ProductDetails;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.StatusReport;
import org.shortagewatch.report.domain.nationallist.ListRows;
import org.shortagewatch.report.persistence.StatusChange;

/** The two kinds of national-list file a bulk job imports, each through the service that writes one of its rows. */
@ApplicationScoped
class BulkFileImports {

    @Inject
    ProductRegistry registry;

    @Inject
    StatusReporting reporting;

    /**
     * A file of products (columns ① to ⑪): each row a master record, registered or updated through
     * {@link ProductRegistry} like a single one, all in one transaction.
     */
    BulkFileImport<ProductDetails> products() {
        return new BulkFileImport<>((file, job) -> ListRows.products(file, job.restrictedTo()),
                rows -> rows.stream().filter(ParsedRow::valid).map(r -> r.value().yjCode()).collect(Collectors.toSet()),
                ListRows::checkProductHolders,
                (c, job, products) -> registry.registerAll(c, products));
    }

    /**
     * A file of status changes (columns ⑤ and ⑫ to ⑲): each row checked like a single report and recorded through
     * {@link StatusReporting}, all in one transaction.
     */
    BulkFileImport<StatusReport> statusChanges() {
        return new BulkFileImport<>((file, job) -> ListRows.statusReports(file, ReportingDay.today()),
                ListRows::productsNamed,
                ListRows::checkStatusTargets,
                (c, job, reports) -> reporting.record(c, reports.stream()
                        .map(report -> StatusChange.of(report, job.org())).toList(), job.id()).replaceWithVoid());
    }
}
