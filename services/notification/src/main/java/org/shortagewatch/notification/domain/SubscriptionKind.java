package org.shortagewatch.notification.domain;

import java.util.regex.Pattern;

import org.shortagewatch.events.YjCodes;

/** What a subscription follows; its target's form depends on the kind. */
public enum SubscriptionKind {
    /** One product: a 12-character YJ code. */
    YJ_CODE(YjCodes.PATTERN, YjCodes.FORMAT_HINT),
    /** Every product of one ingredient: the first 7 characters of the YJ code (一般名コード base). */
    INGREDIENT("^[0-9]{7}$", "must be a 7-digit ingredient key (the first 7 characters of a YJ code)"),
    /** Every product of one therapeutic class (薬効分類): the first 4 digits of the YJ code. */
    THERAPEUTIC_CLASS("^[0-9]{4}$", "must be a 4-digit therapeutic class (the first 4 digits of a YJ code)"),
    /** Every product a manufacturer reports on: its manufacturer code. */
    MANUFACTURER("^[A-Za-z0-9_-]{1,40}$", "must be a manufacturer code (letters, digits, - or _, at most 40)"),
    /** Every product of one supply-security class (安定確保医薬品 / 供給確保医薬品): A, B or C. */
    SUPPLY_SECURITY_CLASS("^[ABC]$", "must be A, B or C");

    /** The target's form, compiled once. */
    private final Pattern pattern;
    private final String formatHint;

    SubscriptionKind(String pattern, String formatHint) {
        this.pattern = Pattern.compile(pattern);
        this.formatHint = formatHint;
    }

    public boolean accepts(String target) {
        return target != null && pattern.matcher(target).matches();
    }

    public String formatHint() {
        return formatHint;
    }
}
