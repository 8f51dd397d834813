package org.shortagewatch.report.domain.nationallist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;

/**
 * Writes the national list in its own layout, columns ① to ⑳ in order, followed by the holder's organisation code
 * and the cause product, so a file this service writes can be uploaded back unchanged. Codes are written in the
 * list's Japanese wording. Two columns only the export carries come last, where an upload ignores them: the day (in
 * Japan) the status was last reported or confirmed, and ○ when that makes a limited or stopped product stale.
 */
public final class ListWriter {

    /**
     * One line of the list: a product, its status on the day (null when none was reported), its update day, the day
     * its status was last reported or confirmed (null when never) and whether that is too long ago.
     */
    public record Entry(ProductDetails product, StatusReport status, LocalDate updated, LocalDate lastConfirmed,
            boolean stale) {

        /** A line whose status was never confirmed. */
        public Entry(ProductDetails product, StatusReport status, LocalDate updated) {
            this(product, status, updated, null, false);
        }
    }

    private static final List<ListColumn> COLUMNS = Arrays.asList(ListColumn.values());

    /** The headers of the export's own columns, after the layout's. */
    static final List<String> FRESHNESS_HEADERS = List.of("最終確認日", "確認期限超過");

    private static final List<String> HEADERS = java.util.stream.Stream.concat(
            COLUMNS.stream().map(ListColumn::header), FRESHNESS_HEADERS.stream()).toList();

    private ListWriter() {
    }

    /** The list as a file of the format: what the export serves, and what an upload of it reads back. */
    public static byte[] write(FileFormat format, List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == FileFormat.CSV) {
            csv(entries, out);
        } else {
            xlsx(entries, out);
        }
        return out.toByteArray();
    }

    public static void csv(List<Entry> entries, OutputStream out) {
        List<List<?>> rows = new ArrayList<>(entries.size() + 1);
        rows.add(HEADERS);
        entries.forEach(entry -> rows.add(cells(entry)));
        Csv.write(rows, out);
    }

    /**
     * The list as a workbook of one sheet, declaring its real dimension and a default style
     * ({@link WorkbookDeclarations}).
     */
    public static void xlsx(List<Entry> entries, OutputStream out) {
        try {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(written, "Shortage Watch", "1.0");
            Worksheet sheet = workbook.newWorksheet("供給状況");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < entries.size(); r++) {
                List<Object> cells = cells(entries.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
            WorkbookDeclarations.complete(written.toByteArray(), entries.size() + 1, HEADERS.size(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An outlook's date as it was stated: a date, or the part of a month as the list writes it (2027年3月下旬). */
    private static Object stated(LocalDate date, DatePrecision precision) {
        return date == null || precision == null ? date : precision.japanese(date);
    }

    /** The row's values in column order: text, or a date. */
    static List<Object> cells(Entry entry) {
        ProductDetails p = entry.product();
        StatusReport s = entry.status();
        List<Object> row = new ArrayList<>(HEADERS.size());
        for (ListColumn column : COLUMNS) {
            row.add(switch (column) {
                case DRUG_CATEGORY -> p.drugCategory() == null ? null : p.drugCategory().japanese();
                case THERAPEUTIC_CLASS -> p.therapeuticClass();
                case INGREDIENT -> p.ingredient();
                case STRENGTH_UNIT -> p.strengthUnit();
                case YJ_CODE -> p.yjCode();
                case PRODUCT_NAME -> p.productName();
                case MANUFACTURER_NAME -> p.manufacturerName();
                case PRODUCT_CATEGORY -> p.productCategory() == null ? null : p.productCategory().japanese();
                case BASIC_DRUG -> p.basicDrug() ? "○" : null;
                case SUPPLY_SECURITY_CLASS -> p.supplySecurityClass().label();
                case PRICE_LISTING_DATE -> p.priceListingDate();
                case SHIPMENT_RESPONSE -> s == null ? null : s.shipmentResponse().japanese();
                case EFFECTIVE_DATE -> s == null ? null : s.effectiveDate();
                case REASON -> s == null || s.reason() == null ? null
                        : s.reason().code() + "." + s.reason().japanese();
                case RESOLUTION_OUTLOOK -> s == null || s.resolutionOutlook() == null ? null
                        : s.resolutionOutlook().japanese();
                case EXPECTED_RESOLUTION_DATE -> s == null ? null
                        : stated(s.expectedResolutionDate(), s.expectedResolutionPrecision());
                case SHIPMENT_VOLUME -> s == null || s.shipmentVolume() == null ? null : s.shipmentVolume().letter();
                case VOLUME_IMPROVEMENT_DATE -> s == null ? null
                        : stated(s.volumeImprovementDate(), s.volumeImprovementPrecision());
                case VOLUME_IMPROVEMENT_AMOUNT -> s == null ? null : s.volumeImprovementAmount();
                case UPDATED -> entry.updated();
                case MANUFACTURER_CODE -> p.manufacturerCode();
                case CAUSE_YJ_CODE -> s == null ? null : s.causeYjCode();
            });
        }
        row.add(entry.lastConfirmed());
        row.add(entry.stale() ? "○" : null);
        return row;
    }
}
