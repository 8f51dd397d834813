package org.shortagewatch.report.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.report.domain.ProductDetails;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.report.persistence.ClaimedBulkJob;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A national-list file of products (columns ① to ⑪): each row a master record, registered or updated through
 * {@link ProductRegistry} like a single one, all in one transaction.
 */
@ApplicationScoped
class ProductFileImport implements BulkFileImport<ProductDetails> {

    @Inject
    ProductRegistry registry;

    @Override
    public List<ParsedRow<ProductDetails>> read(ListFile file, ClaimedBulkJob job) {
        return ListRows.products(file, job.restrictedTo());
    }

    @Override
    public Set<String> productsNamed(List<ParsedRow<ProductDetails>> rows) {
        return rows.stream().filter(ParsedRow::valid).map(r -> r.value().yjCode()).collect(Collectors.toSet());
    }

    @Override
    public void checkHolders(ListFile file, List<ParsedRow<ProductDetails>> rows, Map<String, String> holders,
            String org) {
        ListRows.checkProductHolders(file, rows, holders, org);
    }

    @Override
    public Uni<Void> record(SqlConnection c, ClaimedBulkJob job, List<ProductDetails> products) {
        return registry.registerAll(c, products);
    }
}
