package org.shortagewatch.report.domain.nationallist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;

/** The export's freshness columns come after the layout's, and an upload of the export ignores them. */
class ListWriterFreshnessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static final ProductDetails PRODUCT = new ProductDetails("6132016X1013", "テストドライシロップ", "テスト成分",
            "10%1g", DrugCategory.INTERNAL, ProductCategory.BRAND, false, SupplySecurityClass.NONE, "MFR002",
            "テスト製薬", null, List.of(), List.of());
    private static final StatusReport STOPPED = new StatusReport("6132016X1013", ShipmentResponse.STOPPED,
            ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 9, 1), null, null, null, null, null, null, null,
            null, null);

    @Test
    void theLastConfirmationAndTheStaleFlagAreTheLastTwoColumns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListWriter.csv(List.of(new ListWriter.Entry(PRODUCT, STOPPED, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 2), true), new ListWriter.Entry(PRODUCT, null, LocalDate.of(2026, 9, 1))), out);
        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(ListColumn.values().length + 2, lines.get(0).split(",", -1).length);
        assertEquals(true, lines.get(0).endsWith("原因品目YJコード,最終確認日,確認期限超過"), lines.get(0));
        assertEquals(true, lines.get(1).endsWith(",2026-10-02,○"), lines.get(1));
        assertEquals(true, lines.get(2).endsWith(",,"), "never confirmed, not stale: " + lines.get(2));
    }

    @Test
    void anUploadOfTheExportReadsTheSameRowsAsBefore() throws Exception {
        List<ListWriter.Entry> entries = List.of(new ListWriter.Entry(PRODUCT, STOPPED, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 2), true));
        for (FileFormat format : FileFormat.values()) {
            ListFile file = ListFile.read(format, ListWriter.write(format, entries), null, 100);
            assertEquals(PRODUCT, ListRows.products(file, null).get(0).value(), format + " products");
            var read = ListRows.statusReports(file, TODAY).get(0);
            assertEquals(List.of(), read.errors(), format + " errors");
            assertEquals(STOPPED, read.value(), format + " status");
            assertNull(ListColumn.ofHeader("最終確認日").orElse(null));
            assertNull(ListColumn.ofHeader("確認期限超過").orElse(null));
        }
    }
}
