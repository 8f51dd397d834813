package org.shortagewatch.notification.domain;

/**
 * A medical institution code (医療機関コード): 10 digits, prefecture (JIS X 0401, 01-47), score table (1 medical,
 * 3 dental, 4 pharmacy) and 7 more digits.
 */
public final class FacilityCode {

    public static final String PATTERN = "^(0[1-9]|[1-3][0-9]|4[0-7])[134][0-9]{7}$";
    public static final String FORMAT_HINT =
            "must be a 10-digit medical institution code: prefecture 01-47, then 1 (medical), 3 (dental) or 4 (pharmacy), then 7 digits";

    private FacilityCode() {
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }
}
