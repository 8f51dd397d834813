package org.shortagewatch.notification.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every alert names a product: its name (品名), its strength and unit (規格単位) only where the name does not
 * already state the strength, its maker (製造販売業者名) and its YJ code.
 *
 * <p>The national list's 品名 usually states the strength (メジコン錠15mg) and its 規格単位 is the unit the price is
 * for (15mg1錠): written side by side they say 15mg twice. The rule: the strength of a 規格単位 is the amount it
 * starts with and the unit of measure after it, up to the next digit (15mg of 15mg1錠, 1g of 1g1瓶, 0.5% of 0.5%1mL,
 * 10万単位 of 10万単位1瓶); the name states it when, read as printed text is compared (full-width letters and digits as
 * half-width, ㎎ as mg, letters in either case), the name holds that amount and unit, not as the tail of a longer
 * number (1g is not stated by 11g or 0.1g). Then the 規格単位 is left out; otherwise it is shown, as for
 * カロナール錠200 (200mg1錠), whose name gives the amount without its unit, or a 規格単位 with no amount at its start.
 */
public final class ProductLabel {

    private static final Pattern STRENGTH = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)([^0-9]+)");

    private ProductLabel() {
    }

    /** The 規格単位 an alert shows beside the name: null when there is none or when the name states its strength. */
    public static String strengthShown(String productName, String strengthUnit) {
        if (strengthUnit == null || strengthUnit.isBlank()) {
            return null;
        }
        if (productName == null) {
            return strengthUnit;
        }
        Matcher strength = STRENGTH.matcher(comparable(strengthUnit));
        return strength.find() && statedIn(comparable(productName), strength.group()) ? null : strengthUnit;
    }

    /** Whether {@code name} holds {@code strength} other than as the tail of a longer number. */
    private static boolean statedIn(String name, String strength) {
        for (int at = name.indexOf(strength); at >= 0; at = name.indexOf(strength, at + 1)) {
            char before = at == 0 ? ' ' : name.charAt(at - 1);
            if (!Character.isDigit(before) && before != '.') {
                return true;
            }
        }
        return false;
    }

    /** Printed text as it is compared: NFKC (full-width as half-width, ㎎ as mg), lower case, without spaces. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * 品名（規格単位、製造販売業者名）［YJ code］ in Japanese, with neither part in the parentheses when it is not
     * shown or not known (メジコン錠15mg（シオノギファーマ）［2223001F1050］); ［YJ code］ alone when the name is not known.
     */
    public static String ja(String yjCode, String productName, String strengthUnit, String manufacturerName) {
        if (productName == null) {
            return "［" + yjCode + "］";
        }
        List<String> beside = new ArrayList<>(2);
        String strength = strengthShown(productName, strengthUnit);
        if (strength != null) {
            beside.add(strength);
        }
        if (manufacturerName != null) {
            beside.add(manufacturerName);
        }
        return productName + (beside.isEmpty() ? "" : "（" + String.join("、", beside) + "）") + "［" + yjCode + "］";
    }

    /** Name strength (maker) [YJ code] in English, the same parts shown; the YJ code alone when the name is not known. */
    public static String en(String yjCode, String productName, String strengthUnit, String manufacturerName) {
        if (productName == null) {
            return yjCode;
        }
        String strength = strengthShown(productName, strengthUnit);
        return productName + (strength == null ? "" : " " + strength)
                + (manufacturerName == null ? "" : " (" + manufacturerName + ")") + " [" + yjCode + "]";
    }
}
