package org.shortagewatch.notification.domain;

import java.util.regex.Pattern;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.YjCodes;

/** What a subscription follows; its target's form depends on the kind. */
public enum SubscriptionKind {
    /** One product: a 12-character YJ code. */
    YJ_CODE(YjCodes.PATTERN, Text.of(YjCodes.FORMAT_HINT_JA, YjCodes.FORMAT_HINT)),
    /** Every product of one ingredient: the first 7 characters of the YJ code (一般名コード base). */
    INGREDIENT("^[0-9]{7}$", Text.of("7 桁の成分キー（YJ コードの先頭 7 文字）にしてください",
            "must be a 7-digit ingredient key (the first 7 characters of a YJ code)")),
    /** Every product of one therapeutic class (薬効分類): the first 4 digits of the YJ code. */
    THERAPEUTIC_CLASS("^[0-9]{4}$", Text.of("4 桁の薬効分類（YJ コードの先頭 4 桁）にしてください",
            "must be a 4-digit therapeutic class (the first 4 digits of a YJ code)")),
    /** Every product a manufacturer reports on: its manufacturer code. */
    MANUFACTURER("^[A-Za-z0-9_-]{1,40}$", Text.of("製造販売業者コード（英数字・-・_ で 40 文字まで）にしてください",
            "must be a manufacturer code (letters, digits, - or _, at most 40)")),
    /** Every product of one supply-security class (安定確保医薬品 / 供給確保医薬品): A, B or C. */
    SUPPLY_SECURITY_CLASS("^[ABC]$", Text.of("A、B、C のいずれかにしてください", "must be A, B or C"));

    /** The target's form, compiled once. */
    private final Pattern pattern;
    private final Text formatHint;

    SubscriptionKind(String pattern, Text formatHint) {
        this.pattern = Pattern.compile(pattern);
        this.formatHint = formatHint;
    }

    public boolean accepts(String target) {
        return target != null && pattern.matcher(target).matches();
    }

    /** The target's form in words, for a refusal in either language. */
    public Text formatHint() {
        return formatHint;
    }
}
