package org.shortagewatch.portal.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Japan's 47 prefectures in JIS X 0401 order, with their names and their square on the portal's tile-grid map: one
 * tile each, placed roughly where the prefecture lies (north-east at the top right, Okinawa at the bottom left), so
 * that every prefecture gets the same room whatever its area.
 */
public enum Prefecture {
    HOKKAIDO("01", "北海道", "Hokkaido", 12, 0),
    AOMORI("02", "青森", "Aomori", 12, 1),
    IWATE("03", "岩手", "Iwate", 12, 2),
    MIYAGI("04", "宮城", "Miyagi", 12, 3),
    AKITA("05", "秋田", "Akita", 11, 2),
    YAMAGATA("06", "山形", "Yamagata", 11, 3),
    FUKUSHIMA("07", "福島", "Fukushima", 12, 4),
    IBARAKI("08", "茨城", "Ibaraki", 12, 5),
    TOCHIGI("09", "栃木", "Tochigi", 11, 4),
    GUNMA("10", "群馬", "Gunma", 10, 4),
    SAITAMA("11", "埼玉", "Saitama", 10, 5),
    CHIBA("12", "千葉", "Chiba", 12, 6),
    TOKYO("13", "東京", "Tokyo", 11, 5),
    KANAGAWA("14", "神奈川", "Kanagawa", 11, 6),
    NIIGATA("15", "新潟", "Niigata", 10, 3),
    TOYAMA("16", "富山", "Toyama", 9, 3),
    ISHIKAWA("17", "石川", "Ishikawa", 8, 3),
    FUKUI("18", "福井", "Fukui", 8, 4),
    YAMANASHI("19", "山梨", "Yamanashi", 10, 6),
    NAGANO("20", "長野", "Nagano", 9, 4),
    GIFU("21", "岐阜", "Gifu", 9, 5),
    SHIZUOKA("22", "静岡", "Shizuoka", 10, 7),
    AICHI("23", "愛知", "Aichi", 9, 6),
    MIE("24", "三重", "Mie", 8, 6),
    SHIGA("25", "滋賀", "Shiga", 8, 5),
    KYOTO("26", "京都", "Kyoto", 7, 5),
    OSAKA("27", "大阪", "Osaka", 6, 5),
    HYOGO("28", "兵庫", "Hyogo", 5, 5),
    NARA("29", "奈良", "Nara", 7, 6),
    WAKAYAMA("30", "和歌山", "Wakayama", 7, 7),
    TOTTORI("31", "鳥取", "Tottori", 4, 5),
    SHIMANE("32", "島根", "Shimane", 3, 5),
    OKAYAMA("33", "岡山", "Okayama", 4, 6),
    HIROSHIMA("34", "広島", "Hiroshima", 3, 6),
    YAMAGUCHI("35", "山口", "Yamaguchi", 2, 6),
    TOKUSHIMA("36", "徳島", "Tokushima", 5, 8),
    KAGAWA("37", "香川", "Kagawa", 5, 7),
    EHIME("38", "愛媛", "Ehime", 4, 7),
    KOCHI("39", "高知", "Kochi", 4, 8),
    FUKUOKA("40", "福岡", "Fukuoka", 1, 6),
    SAGA("41", "佐賀", "Saga", 0, 6),
    NAGASAKI("42", "長崎", "Nagasaki", 0, 7),
    KUMAMOTO("43", "熊本", "Kumamoto", 1, 7),
    OITA("44", "大分", "Oita", 2, 7),
    MIYAZAKI("45", "宮崎", "Miyazaki", 2, 8),
    KAGOSHIMA("46", "鹿児島", "Kagoshima", 1, 8),
    OKINAWA("47", "沖縄", "Okinawa", 0, 9);

    /** The map's size in tiles. */
    public static final int COLUMNS = 13;
    public static final int ROWS = 10;

    private final String code;
    private final Words name;
    private final int column;
    private final int row;

    Prefecture(String code, String japanese, String english, int column, int row) {
        this.code = code;
        this.name = new Words(japanese, english);
        this.column = column;
        this.row = row;
    }

    /** The prefecture of a JIS code ("01" to "47"; "1" is read as "01"). */
    public static Optional<Prefecture> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String padded = code.length() == 1 ? "0" + code : code;
        for (Prefecture p : values()) {
            if (p.code.equals(padded)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    /** The name in the page's language (Japanese without 都道府県's suffix, as tile maps print it). */
    public String label(Locale locale) {
        return name.in(locale);
    }

    public int column() {
        return column;
    }

    public int row() {
        return row;
    }
}
