package org.shortagewatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;

/**
 * A national supply-status list in the published column layout (①薬剤区分 … ⑳更新日) as UTF-8 CSV, with the
 * statuses in the proportions of the 2023-11 survey (13,199 normal, 604 limited for own reasons, 1,491 limited by
 * another company's product, 164 limited for other reasons, 2,012 stopped, of 17,470 answers).
 *
 * <p>{@code java -cp ... org.shortagewatch.bench.NationalList --series 2 --rows 18520 --out list.csv}
 */
public final class NationalList {

    static final List<String> HEADER = List.of("①薬剤区分", "②薬効分類", "③成分名", "④規格単位", "⑤YJコード", "⑥品名",
            "⑦製造販売業者名", "⑧製品区分", "⑨基礎的医薬品", "⑩安定確保医薬品", "⑪薬価収載年月日", "⑫製造販売業者の出荷対応の状況",
            "⑬⑫の更新日", "⑭限定出荷等の理由", "⑮解消見込み", "⑯解消見込み時期", "⑰出荷量の状況", "⑱出荷量改善の見込み時期",
            "⑲出荷量改善の見込み量", "⑳更新日");

    /** Cumulative survey counts of 17,470 answers, in {@link ShipmentResponse} order. */
    private static final int[] SURVEY = {13_199, 13_199 + 604, 13_199 + 604 + 1_491, 13_199 + 604 + 1_491 + 164, 17_470};

    private NationalList() {
    }

    /** The shipment response of row {@code i}, spread evenly so that every slice of the file has the survey's mix. */
    static ShipmentResponse response(int i) {
        int slot = (int) ((i * 7_919L) % SURVEY[SURVEY.length - 1]); // 7,919 is prime: a permutation of the slots
        for (int k = 0; k < SURVEY.length; k++) {
            if (slot < SURVEY[k]) {
                return ShipmentResponse.values()[k];
            }
        }
        throw new AssertionError();
    }

    /** The ingredient (③成分名) of row {@code i}: one per 100 rows, as its YJ code's ingredient ({@link Products}). */
    static String ingredientName(int i) {
        return "ベンチ成分" + (i / 100);
    }

    /** One row of a list: the product (its YJ code, and its number, which names it), its holder's name, its status. */
    record Row(String yjCode, int i, String manufacturerName, ShipmentResponse response) {
    }

    static void write(Path out, int series, int rows, String manufacturerName, LocalDate today) throws IOException {
        List<Row> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            list.add(new Row(Products.yjCode(series, i), i, manufacturerName, response(i)));
        }
        write(out, list, today);
    }

    static void write(Path out, List<Row> rows, LocalDate today) throws IOException {
        String date = today.toString().replace('-', '/');
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (Row row : rows) {
                int i = row.i();
                String yj = row.yjCode();
                ShipmentResponse response = row.response();
                boolean normal = response == ShipmentResponse.NORMAL;
                ShortageReason reason = ShortageReason.values()[i % ShortageReason.values().length];
                String[] cells = {
                        "内用薬",
                        yj.substring(0, 4),
                        ingredientName(i),
                        Products.strengthUnit(i),
                        yj,
                        Products.productName(i),
                        row.manufacturerName(),
                        i % 3 == 0 ? "先発品" : "後発品",
                        "",
                        "",
                        "2020/06/19",
                        response.code() + "." + response.japanese(),
                        date,
                        normal ? "" : reason.code() + "." + reason.japanese(),
                        normal ? "" : ResolutionOutlook.UNDECIDED.japanese(),
                        "",
                        normal ? ShipmentVolume.A.letter() : ShipmentVolume.B.letter(),
                        "",
                        "",
                        date,
                };
                w.write(csv(cells));
                w.write("\r\n");
            }
        }
    }

    private static String csv(String[] cells) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                line.append(',');
            }
            String cell = cells[k];
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path out = Path.of(args.require("out"));
        int rows = args.getInt("rows", 18_520);
        write(out, args.getInt("series", 2), rows, args.get("manufacturer-name", "ベンチ製薬株式会社"), LocalDate.now());
        System.out.println("wrote " + rows + " rows to " + out);
    }
}
