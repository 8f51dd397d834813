package org.shortagewatch.report.domain;

/** A GS1 barcode number (JAN/GTIN-13 or GTIN-14) of a package, checked by its check digit. */
public final class Gs1Code {

    private Gs1Code() {
    }

    /** 13 or 14 digits whose last digit is the GS1 check digit of the others. */
    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{13,14}")) {
            return false;
        }
        int sum = 0;
        int last = code.length() - 1;
        for (int i = last - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (code.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == code.charAt(last) - '0';
    }
}
