package org.shortagewatch.report.domain.nationallist;


import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.report.domain.YjCode;

/**
 * The national list's own cells, read as its editions write them (内用 for 内用薬, A+ or A+（出荷量増加）), on top of
 * common's {@link Cells}. A cell that cannot be read throws {@link Cells.CellException} saying what was expected, in
 * Japanese and in English.
 */
final class ListCells {

    /** The longest text a cell may hold. */
    private static final int MAX_TEXT = 300;

    private ListCells() {
    }

    static String yjCode(String cell) {
        String code = Cells.code(cell);
        if (code == null) {
            return null;
        }
        if (!YjCode.isValid(code)) {
            throw new Cells.CellException(Text.of("「" + cell + "」は YJ コードではありません（" + YjCodes.FORMAT_HINT_JA + "）",
                    "'" + cell + "' " + YjCode.FORMAT_HINT));
        }
        return code;
    }

    static String shortText(String cell) {
        return text(cell, MAX_TEXT);
    }

    static String text(String cell, int max) {
        String text = Cells.text(cell);
        if (text != null && text.length() > max) {
            throw new Cells.CellException(Text.of(max + " 文字以内にしてください", "is longer than " + max + " characters"));
        }
        return text;
    }

    static DrugCategory drugCategory(String cell) {
        String text = Cells.text(cell);
        if (text != null) {
            String n = Cells.normalized(text);
            for (DrugCategory c : DrugCategory.values()) {
                // 内用, 内用薬, 内 ...: the list's editions abbreviate differently.
                if (Cells.normalized(c.japanese()).startsWith(n)) {
                    return c;
                }
            }
        }
        return Cells.coded(cell, DrugCategory.class, null, DrugCategory::japanese);
    }

    static ProductCategory productCategory(String cell) {
        String text = Cells.text(cell);
        if (text != null && Cells.normalized(text).equals("その他")) {
            return ProductCategory.OTHER;
        }
        return Cells.coded(cell, ProductCategory.class, null, ProductCategory::japanese);
    }

    static SupplySecurityClass securityClass(String cell) {
        String n = Cells.code(cell);
        if (n == null) {
            return SupplySecurityClass.NONE;
        }
        if (n.matches(".*(?<![A-Z])[ABC]")) {
            return SupplySecurityClass.valueOf(n.substring(n.length() - 1));
        }
        if (n.equals("NONE")) {
            return SupplySecurityClass.NONE;
        }
        throw new Cells.CellException(Text.of("「" + cell + "」は安定確保医薬品の区分ではありません。A、B、C か空欄にしてください",
                "'" + cell + "' is not a supply-security class: A, B, C or empty"));
    }

    static ShipmentVolume volume(String cell) {
        String n = Cells.code(cell);
        if (n == null) {
            return null;
        }
        for (ShipmentVolume v : new ShipmentVolume[] {ShipmentVolume.A_PLUS, ShipmentVolume.A, ShipmentVolume.B,
                ShipmentVolume.C, ShipmentVolume.D}) {
            if (n.equals(v.name()) || n.equals(v.letter()) || n.startsWith(v.letter() + ".")
                    || n.startsWith(v.letter() + ":") || n.equals(v.letter() + Cells.normalized(v.japanese()))
                    || n.equals(Cells.normalized(v.japanese()))) {
                return v;
            }
        }
        throw new Cells.CellException(Text.of("「" + cell + "」は出荷量の区分ではありません。A+、A、B、C、D のいずれかにしてください",
                "'" + cell + "' is not a shipment volume: A+, A, B, C or D"));
    }
}
