package org.shortagewatch.report.domain.nationallist;

import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplySecurityClass;

class ListFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final String HEADER = "①薬剤区分,②薬効分類,③成分名,④規格単位,⑤YJコード,⑥品名,⑦製造販売業者名,⑧製品区分,"
            + "⑨基礎的医薬品,⑩安定確保医薬品,⑪薬価収載年月日,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,"
            + "⑮解消見込み,⑯解消見込み時期,⑰出荷量の状況,⑱出荷量改善の見込み時期,⑲出荷量改善の見込み量,⑳更新日\n";

    /** A product as the writer writes it, for the lists written and read back. */
    static final ProductDetails PRODUCT = new ProductDetails("6132016X1013", "テストドライシロップ", "テスト成分",
            "10%1g", DrugCategory.INTERNAL, ProductCategory.BRAND, true, SupplySecurityClass.B, "MFR002", "テスト製薬",
            LocalDate.of(2019, 4, 1), List.of(), List.of());

    static ListFile csv(String text) throws Exception {
        return ListFile.read(FileFormat.CSV, text.getBytes(StandardCharsets.UTF_8), null, 100_000);
    }

    @Test
    void theNationalLayoutIsReadWithTitleLinesAboveTheHeader() throws Exception {
        ListFile file = csv("医療用医薬品供給状況データベース,,\n令和8年12月1日時点,,\n" + HEADER
                + "内用薬,1149,ロキソプロフェンナトリウム水和物,60mg1錠,1149019F1560,ロキソプロフェンNa錠60mg「SW」,"
                + "シュアワッチ製薬,後発品,,A,2020/06/19,②限定出荷（自社の事情）,2026/11/20,3．製造トラブル,あり,"
                + "2027年3月,B,2027年2月上旬,通常の50%,2026/11/20\n\n");
        assertEquals(1, file.rows().size());
        assertEquals(4, file.rows().get(0).number(), "rows are numbered as the spreadsheet numbers them");

        var status = ListRows.statusReports(file, TODAY).get(0);
        assertTrue(status.valid(), () -> status.errors().toString());
        assertEquals(new StatusReport("1149019F1560", ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 11, 20), null, null, ResolutionOutlook.YES,
                LocalDate.of(2027, 3, 31), DatePrecision.MONTH, ShipmentVolume.B, LocalDate.of(2027, 2, 10),
                DatePrecision.EARLY_MONTH, "通常の50%"), status.value());

        var product = ListRows.products(file, "MFR001").get(0);
        assertTrue(product.valid(), () -> product.errors().toString());
        assertEquals(new ProductDetails("1149019F1560", "ロキソプロフェンNa錠60mg「SW」", "ロキソプロフェンナトリウム水和物",
                "60mg1錠", DrugCategory.INTERNAL, ProductCategory.GENERIC, false, SupplySecurityClass.A, "MFR001",
                "シュアワッチ製薬", LocalDate.of(2020, 6, 19), List.of(), List.of()), product.value());
    }

    @Test
    void columnsAreFoundByLabelInAnyOrderAndShiftJisIsRead() throws Exception {
        String text = "品名,YJコード,出荷対応の状況,限定出荷等の理由,⑫の更新日\nテスト錠,1149019F1560,供給停止,品質トラブル,2026-11-01\n";
        ListFile file = ListFile.read(FileFormat.CSV, text.getBytes(Charset.forName("windows-31j")), null, 100_000);
        var row = ListRows.statusReports(file, TODAY).get(0);
        assertTrue(row.valid(), () -> row.errors().toString());
        assertEquals(ShipmentResponse.STOPPED, row.value().shipmentResponse());
        assertEquals(LocalDate.of(2026, 11, 1), row.value().effectiveDate());
    }

    @Test
    void everyErrorNamesRowColumnAndField() throws Exception {
        ListFile file = csv(HEADER
                + ",,,,1149019F156,,,,,,,限定出荷,2026/11/20,,,,,,,\n"
                + ",,,,1149019F1560,,,,,,,通常出荷,2026/11/20,1,,,,,,\n"
                + ",,,,1149019F1030,,,,,,,④限定出荷（その他）,,8,なし,,Z,,,\n"
                + ",,,,1149019F1560,,,,,,,通常出荷,2026/11/21,,,,,,,\n");
        var rows = ListRows.statusReports(file, TODAY);
        assertEquals(List.of("⑤YJコード", "⑫製造販売業者の出荷対応の状況"),
                rows.get(0).errors().stream().map(RowError::column).toList());
        assertEquals(List.of("yjCode", "shipmentResponse"), rows.get(0).errors().stream().map(RowError::field).toList());
        assertEquals(2, rows.get(0).errors().get(0).row());
        assertTrue(rows.get(0).errors().get(0).detail().en().startsWith("'1149019F156' must be a 12-character YJ code"));
        assertEquals("reason", rows.get(1).errors().get(0).field());
        assertEquals("⑭限定出荷等の理由", rows.get(1).errors().get(0).column());
        assertEquals(List.of("effectiveDate", "shipmentVolume"), rows.get(2).errors().stream().map(RowError::field).toList());
        assertEquals(5, rows.get(3).row());
        assertTrue(rows.get(3).errors().get(0).detail().en().contains("already in row 3"), rows.get(3).errors().toString());
        assertTrue(rows.get(3).errors().get(0).detail().ja().contains("3 行目にもあります"), rows.get(3).errors().toString());
        assertTrue(rows.get(0).errors().get(0).detail().ja().startsWith("「1149019F156」は YJ コードではありません"),
                rows.get(0).errors().get(0).detail()::ja);
    }

    @Test
    void aFileWithoutTheYjColumnOrTheStatusColumnCannotBeRead() throws Exception {
        assertThrows(org.shortagewatch.common.bulk.Sheet.UnreadableFile.class, () -> csv("a,b,c\n1,2,3\n"));
        ListFile noStatus = csv("⑤YJコード,⑥品名\n1149019F1560,x\n");
        assertThrows(org.shortagewatch.common.bulk.Sheet.UnreadableFile.class, () -> ListRows.statusReports(noStatus, TODAY));
        assertThrows(org.shortagewatch.common.bulk.Sheet.UnreadableFile.class,
                () -> ListFile.read(FileFormat.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8), null, 100_000));
    }

    @Test
    void whatTheWriterWritesReadsBackTheSameInCsvAndXlsx() throws Exception {
        StatusReport status = new StatusReport("6132016X1013", ShipmentResponse.LIMITED_OTHER_COMPANY,
                ShortageReason.DEMAND_INCREASE, LocalDate.of(2026, 11, 2), null, "6132016X1021", ResolutionOutlook.YES,
                LocalDate.of(2027, 1, 31), null, ShipmentVolume.A_PLUS, null, null, null);
        List<ListWriter.Entry> entries = List.of(new ListWriter.Entry(PRODUCT, status, LocalDate.of(2026, 11, 3)));
        for (FileFormat format : FileFormat.values()) {
            ListFile file = ListFile.read(format, ListWriter.write(format, entries), null, 100_000);
            assertEquals(PRODUCT, ListRows.products(file, null).get(0).value(), format + " products");
            var read = ListRows.statusReports(file, TODAY).get(0);
            assertEquals(status, read.value(), () -> format + " " + read.errors());
            assertEquals(2, file.rows().get(0).number(), format + " row numbers");
        }
    }

    @Test
    void anOutlookStatedToPartOfAMonthIsWrittenAsTheListWritesItAndReadsBack() throws Exception {
        StatusReport status = new StatusReport("6132016X1013", ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 11, 2), null, null, ResolutionOutlook.YES,
                LocalDate.of(2027, 3, 31), DatePrecision.LATE_MONTH, ShipmentVolume.B, LocalDate.of(2027, 1, 31),
                DatePrecision.MONTH, null);
        List<ListWriter.Entry> entries = List.of(new ListWriter.Entry(PRODUCT, status, LocalDate.of(2026, 11, 3)));
        for (FileFormat format : FileFormat.values()) {
            ListFile file = ListFile.read(format, ListWriter.write(format, entries), null, 100_000);
            SheetRow row = file.rows().get(0);
            assertEquals("2027年3月下旬", file.cell(row, ListColumn.EXPECTED_RESOLUTION_DATE), format + " ⑯");
            assertEquals("2027年1月", file.cell(row, ListColumn.VOLUME_IMPROVEMENT_DATE), format + " ⑱");
            var read = ListRows.statusReports(file, TODAY).get(0);
            assertEquals(status, read.value(), () -> format + " " + read.errors());
            assertTrue(read.value().repeats(status, false), format + ": an upload of the export is no change");
        }
    }

    @Test
    void holdersAreChecked() throws Exception {
        ListFile file = csv("⑤YJコード,⑫出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,原因品目YJコード\n"
                + "1149019F1560,通常出荷,2026-11-01,,\n"
                + "1149019F1030,限定出荷（他社品の影響）,2026-11-01,1,1149019F1587\n"
                + "1149019F1595,通常出荷,2026-11-01,,\n");
        var rows = ListRows.statusReports(file, TODAY);
        assertEquals(Set.of("1149019F1560", "1149019F1030", "1149019F1587", "1149019F1595"),
                ListRows.productsNamed(rows));
        ListRows.checkStatusTargets(file, rows, Map.of("1149019F1560", "MFR001", "1149019F1030", "MFR001",
                "1149019F1595", "MFR002"), "MFR001");
        assertTrue(rows.get(0).valid());
        assertEquals("causeYjCode", rows.get(1).errors().get(0).field());
        assertEquals("yjCode", rows.get(2).errors().get(0).field());
        assertNull(rows.get(2).value());
        assertFalse(rows.get(2).valid());
    }
}
