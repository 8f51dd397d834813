package org.shortagewatch.notification.domain;

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

    /** Whether the medical institution code's score-table digit (the third) fits this kind. */
    public boolean fits(String facilityCode) {
        char table = facilityCode.charAt(2);
        return this == PHARMACY ? table == '4' : table == '1' || table == '3';
    }
}
