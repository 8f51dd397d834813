package org.shortagewatch.report.domain.nationallist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.ProductDetails;

class WorkbookDeclarationsTest {

    /** The entries of a workbook, as text. */
    static Map<String, String> entries(byte[] xlsx) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertEquals(List.of("A", "T", "V", "Z", "AA", "AZ", "BA"), List.of(1, 20, 22, 26, 27, 52, 53).stream()
                .map(WorkbookDeclarations::columnName).toList());
    }

    @Test
    void theListsWorkbookDeclaresItsRealDimensionAndADefaultStyleAndReadsBack() throws Exception {
        List<ListWriter.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(new ListWriter.Entry(new ProductDetails("1149019F15" + (60 + i), "品名", "成分", null,
                    DrugCategory.INTERNAL, ProductCategory.GENERIC, false, SupplySecurityClass.NONE, "MFR1", "髙﨑製薬",
                    null, List.of(), List.of()), null, LocalDate.of(2026, 11, 1)));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ListWriter.xlsx(entries, xlsx);
        Map<String, String> parts = entries(xlsx.toByteArray());
        assertTrue(parts.get(WorkbookDeclarations.SHEET).contains("<dimension ref=\"A1:X4\"/>"),
                () -> parts.get(WorkbookDeclarations.SHEET).substring(0, 400));
        assertTrue(parts.get(WorkbookDeclarations.STYLES).contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"));
        ListFile read = ListFile.read(FileFormat.XLSX, xlsx.toByteArray(), null, 100);
        assertEquals(3, read.rows().size());
        assertEquals("髙﨑製薬", ListRows.products(read, null).get(2).value().manufacturerName());
    }
}
