package org.shortagewatch.notification.domain;

import org.shortagewatch.common.rest.Text;

/** 薬局 (pharmacy, score table 4), 病院 (hospital) or 診療所 (clinic; medical 1 or dental 3). */
public enum FacilityKind {
    PHARMACY("薬局"), HOSPITAL("病院"), CLINIC("診療所");

    private final String japanese;

    FacilityKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    /** What a kind that does not fit its code is told: the digit that decides, for each kind. */
    public static final Text MISFIT = Text.of("施設コードと合いません。薬局は 3 桁目が 4、病院・診療所は 1 か 3 です",
            "does not fit the facility code: pharmacies have 4 as the third digit, hospitals and clinics 1 or 3");

    /** Whether the medical institution code's score-table digit (the third) fits this kind. */
    public boolean fits(String facilityCode) {
        char table = facilityCode.charAt(2);
        return this == PHARMACY ? table == '4' : table == '1' || table == '3';
    }
}
