package org.shortagewatch.report.domain.nationallist;

import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.rest.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.domain.StatusChangeRules;
import org.shortagewatch.report.domain.StatusChangeRules.ReportedChange;
import org.shortagewatch.events.SupplySecurityClass;

/**
 * Reads the rows of a national-list file as product master records or as status reports, checking each cell and
 * each row's consistency, and naming row and column for every error.
 */
public final class ListRows {

    /** The columns that state a status; a row with all of them empty states none. */
    private static final Set<ListColumn> STATUS_COLUMNS = EnumSet.of(ListColumn.SHIPMENT_RESPONSE,
            ListColumn.EFFECTIVE_DATE, ListColumn.REASON, ListColumn.RESOLUTION_OUTLOOK,
            ListColumn.EXPECTED_RESOLUTION_DATE, ListColumn.SHIPMENT_VOLUME, ListColumn.VOLUME_IMPROVEMENT_DATE,
            ListColumn.VOLUME_IMPROVEMENT_AMOUNT, ListColumn.CAUSE_YJ_CODE);

    private ListRows() {
    }

    /**
     * Product master records (columns ① to ⑪).
     *
     * @param holder the holder of every row when the file has no 製造販売業者コード column, or null (then the column
     *        is required)
     */
    public static List<ParsedRow<ProductDetails>> products(ListFile file, String holder) {
        return products(file, holder, checked -> { });
    }

    /**
     * Product master records, telling {@code checked} how many rows have been checked after each row.
     *
     * @see #products(ListFile, String)
     */
    public static List<ParsedRow<ProductDetails>> products(ListFile file, String holder, IntConsumer checked) {
        List<ParsedRow<ProductDetails>> rows = new ArrayList<>(file.rows().size());
        for (SheetRow sheetRow : file.rows()) {
            ParsedRow.Reader<ProductDetails, ListColumn> r = new ParsedRow.Reader<>(file.table(), sheetRow);
            String yj = r.required(ListColumn.YJ_CODE, ListCells::yjCode);
            String name = r.required(ListColumn.PRODUCT_NAME, ListCells::shortText);
            String ingredient = r.required(ListColumn.INGREDIENT, ListCells::shortText);
            String strength = r.get(ListColumn.STRENGTH_UNIT, ListCells::shortText);
            DrugCategory drug = r.required(ListColumn.DRUG_CATEGORY, ListCells::drugCategory);
            ProductCategory category = r.required(ListColumn.PRODUCT_CATEGORY, ListCells::productCategory);
            Boolean basic = r.get(ListColumn.BASIC_DRUG, Cells::flag);
            SupplySecurityClass security = r.get(ListColumn.SUPPLY_SECURITY_CLASS, ListCells::securityClass);
            LocalDate listed = r.get(ListColumn.PRICE_LISTING_DATE, Cells::date);
            String code = r.get(ListColumn.MANUFACTURER_CODE, ListCells::shortText);
            String manufacturer = code != null ? code : holder;
            if (manufacturer == null) {
                r.reject(ListColumn.MANUFACTURER_CODE, Text.of("製造販売業者コードを入力してください",
                        "is required: the holder's organisation code"));
            }
            String manufacturerName = r.get(ListColumn.MANUFACTURER_NAME, ListCells::shortText);
            if (r.parsed().errors().isEmpty()) {
                r.parsed().accept(new ProductDetails(yj, name, ingredient, strength, drug, category,
                        Boolean.TRUE.equals(basic), security, manufacturer,
                        manufacturerName == null ? manufacturer : manufacturerName, listed, List.of(), List.of()));
            }
            rows.add(r.parsed());
            checked.accept(rows.size());
        }
        rejectRepeatedProducts(file, rows);
        return rows;
    }

    /**
     * Status reports (⑤ and ⑫ to ⑲; ⑬ is the effective date, ⑳ stands in for it when ⑬ is empty). A row that
     * leaves every status column (⑫ to ⑲, the cause product) empty states no status, as the exported list writes a
     * product nobody has reported on: it is read as {@link StatusReport#nothingStated}, nothing to record.
     *
     * @param today the reporting day in Japan, against which expected dates must not lie in the past; null to leave
     *        that to {@link #checkDates}, once it is known which rows repeat a product's status
     */
    public static List<ParsedRow<StatusReport>> statusReports(ListFile file, LocalDate today)
            throws UnreadableFile {
        return statusReports(file, today, checked -> { });
    }

    /**
     * Status reports, telling {@code checked} how many rows have been checked after each row.
     *
     * @see #statusReports(ListFile, LocalDate)
     */
    public static List<ParsedRow<StatusReport>> statusReports(ListFile file, LocalDate today, IntConsumer checked)
            throws UnreadableFile {
        if (!file.has(ListColumn.SHIPMENT_RESPONSE)) {
            throw ListFile.noShipmentResponse();
        }
        List<ParsedRow<StatusReport>> rows = new ArrayList<>(file.rows().size());
        for (SheetRow sheetRow : file.rows()) {
            ParsedRow.Reader<StatusReport, ListColumn> r = new ParsedRow.Reader<>(file.table(), sheetRow);
            String yj = r.required(ListColumn.YJ_CODE, ListCells::yjCode);
            if (STATUS_COLUMNS.stream().allMatch(column -> Cells.text(file.cell(sheetRow, column)) == null)) {
                if (r.parsed().errors().isEmpty()) {
                    r.parsed().accept(StatusReport.nothingStated(yj));
                }
                rows.add(r.parsed());
                checked.accept(rows.size());
                continue;
            }
            ShipmentResponse response = r.required(ListColumn.SHIPMENT_RESPONSE,
                    c -> Cells.coded(c, ShipmentResponse.class, ShipmentResponse::code, ShipmentResponse::japanese));
            LocalDate effective = r.get(ListColumn.EFFECTIVE_DATE, Cells::date);
            if (effective == null && !r.parsed().errors().stream().anyMatch(e -> e.field().equals("effectiveDate"))) {
                effective = r.get(ListColumn.UPDATED, Cells::date);
                if (effective == null) {
                    r.reject(ListColumn.EFFECTIVE_DATE, Text.of("出荷対応状況の適用日を入力してください",
                            "is required: the day the status takes effect"));
                }
            }
            ShortageReason reason = r.get(ListColumn.REASON,
                    c -> Cells.coded(c, ShortageReason.class, ShortageReason::code, ShortageReason::japanese));
            ResolutionOutlook outlook = r.get(ListColumn.RESOLUTION_OUTLOOK,
                    c -> Cells.coded(c, ResolutionOutlook.class, null, ResolutionOutlook::japanese));
            Cells.StatedDate expected = r.get(ListColumn.EXPECTED_RESOLUTION_DATE, Cells::outlookDate);
            ShipmentVolume volume = r.get(ListColumn.SHIPMENT_VOLUME, ListCells::volume);
            Cells.StatedDate improvement = r.get(ListColumn.VOLUME_IMPROVEMENT_DATE, Cells::outlookDate);
            String amount = r.get(ListColumn.VOLUME_IMPROVEMENT_AMOUNT, c -> ListCells.text(c, 200));
            String cause = r.get(ListColumn.CAUSE_YJ_CODE, ListCells::yjCode);
            if (r.parsed().errors().isEmpty()) {
                StatusReport report = new StatusReport(yj, response, reason, effective, null, cause, outlook,
                        expected.date(), expected.precision(), volume, improvement.date(), improvement.precision(),
                        amount);
                ReportedChange judged = ReportedChange.of(report);
                for (StatusChangeRules.Violation broken : today == null ? StatusChangeRules.consistency(judged)
                        : StatusChangeRules.check(judged, today)) {
                    r.reject(columnOf(broken.field()), broken.message());
                }
                if (r.parsed().errors().isEmpty()) {
                    r.parsed().accept(report);
                }
            }
            rows.add(r.parsed());
            checked.accept(rows.size());
        }
        rejectRepeatedProducts(file, rows);
        return rows;
    }

    /**
     * Refuses the rows about products the uploader may not report: unknown products and other holders' products
     * alike (so the answer reveals nothing), and cause products that do not exist.
     *
     * @param holders the holder of every product the file names (as YJ code or cause product) that exists
     * @param org the uploader's organisation; null for an admin, who may report on any product
     */
    public static void checkStatusTargets(ListFile file, List<ParsedRow<StatusReport>> rows,
            Map<String, String> holders, String org) {
        for (ParsedRow<StatusReport> row : rows) {
            StatusReport report = row.value();
            if (report == null) {
                continue;
            }
            String holder = holders.get(report.yjCode());
            if (holder == null || (org != null && !org.equals(holder))) {
                row.reject(file.header(ListColumn.YJ_CODE), ListColumn.YJ_CODE.field(), org == null
                        ? notRegistered(report.yjCode())
                        : Text.of("報告できるのは自社が製造販売する品目だけです（" + report.yjCode() + "）",
                                "you report only on products your organisation holds (" + report.yjCode() + ")"));
            }
            if (report.causeYjCode() != null && !holders.containsKey(report.causeYjCode())) {
                row.reject(file.header(ListColumn.CAUSE_YJ_CODE), ListColumn.CAUSE_YJ_CODE.field(),
                        notRegistered(report.causeYjCode()));
            }
        }
    }

    /**
     * Refuses product rows the uploader may not write: a product new to the register whose code does not end in its
     * check character (a mistyped code), another organisation's code in the row, or a product another manufacturer
     * already holds.
     *
     * @param holders the current holder of each product of the file that exists
     * @param org the uploader's organisation; null for an admin, who may register and reassign any product
     */
    public static void checkProductRows(ListFile file, List<ParsedRow<ProductDetails>> rows,
            Map<String, String> holders, String org) {
        for (ParsedRow<ProductDetails> row : rows) {
            ProductDetails product = row.value();
            if (product == null) {
                continue;
            }
            if (!holders.containsKey(product.yjCode()) && !YjCode.fitsANewProduct(product.yjCode())) {
                row.reject(file.header(ListColumn.YJ_CODE), ListColumn.YJ_CODE.field(),
                        YjCode.checkCharacterMismatch(product.yjCode()));
            } else if (org != null && !org.equals(product.manufacturerCode())) {
                row.reject(file.header(ListColumn.MANUFACTURER_CODE), ListColumn.MANUFACTURER_CODE.field(), Text.of(
                        "登録できるのは自社の品目だけです", "you register products for your own organisation only"));
            } else if (org != null && holders.containsKey(product.yjCode())
                    && !org.equals(holders.get(product.yjCode()))) {
                row.reject(file.header(ListColumn.YJ_CODE), ListColumn.YJ_CODE.field(), Text.of(
                        product.yjCode() + " は他社が製造販売する品目です", product.yjCode() + " is held by another manufacturer"));
            }
        }
    }

    /**
     * Refuses the rows that would record an expected date in the past (rows read with no {@code today}); a row that
     * repeats the status its product already has keeps its dates, as the exported list wrote them.
     *
     * @param repeats whether a row's report repeats its product's status
     */
    public static void checkDates(ListFile file, List<ParsedRow<StatusReport>> rows, Predicate<StatusReport> repeats,
            LocalDate today) {
        for (ParsedRow<StatusReport> row : rows) {
            StatusReport report = row.value();
            if (report == null || report.statesNothing() || repeats.test(report)) {
                continue;
            }
            for (StatusChangeRules.Violation broken : StatusChangeRules.pastDates(ReportedChange.of(report),
                    today)) {
                ListColumn column = columnOf(broken.field());
                row.reject(file.header(column), column.field(), broken.message());
            }
        }
    }

    /** Every YJ code a file's rows name, as product or as cause. */
    public static Set<String> productsNamed(List<ParsedRow<StatusReport>> rows) {
        Set<String> named = new HashSet<>();
        for (ParsedRow<StatusReport> row : rows) {
            if (row.value() != null) {
                named.add(row.value().yjCode());
                if (row.value().causeYjCode() != null) {
                    named.add(row.value().causeYjCode());
                }
            }
        }
        return named;
    }

    /** One row per product: a later row naming the same product is refused, whatever else is wrong with either. */
    private static <T> void rejectRepeatedProducts(ListFile file, List<ParsedRow<T>> rows) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String yj = Cells.code(file.cell(file.rows().get(i), ListColumn.YJ_CODE));
            if (yj == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(yj, rows.get(i).row());
            if (earlier != null) {
                rows.get(i).reject(file.header(ListColumn.YJ_CODE), ListColumn.YJ_CODE.field(), Text.of(
                        yj + " は " + earlier + " 行目にもあります。1 品目 1 行にしてください",
                        yj + " is already in row " + earlier + ": one row per product"));
            }
        }
    }

    private static Text notRegistered(String yjCode) {
        return Text.of("品目 " + yjCode + " は登録されていません", "no product " + yjCode + " is registered");
    }

    private static ListColumn columnOf(String field) {
        for (ListColumn column : ListColumn.values()) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        return ListColumn.SHIPMENT_RESPONSE;
    }
}
