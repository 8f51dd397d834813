package org.shortagewatch.portal.domain;

import java.util.Locale;

/**
 * The five shipment responses (出荷対応の状況) as users see them: the survey's circled number, the Japanese label,
 * an English label and a colour. The colour is never the only sign: the number and the words go with it.
 */
public enum ShipmentResponseLabel {
    NORMAL("①", "通常出荷", "Normal shipment", "#1a7f37", "normal"),
    LIMITED_OWN_REASONS("②", "限定出荷（自社の事情）", "Limited (own reasons)", "#9a6700", "limited"),
    LIMITED_OTHER_COMPANY("③", "限定出荷（他社品の影響）", "Limited (another company's product)", "#c2410c", "limited"),
    LIMITED_OTHER("④", "限定出荷（その他）", "Limited (other)", "#6f42c1", "limited"),
    STOPPED("⑤", "供給停止", "Supply stopped", "#a0111f", "stopped");

    private final String number;
    private final Words words;
    private final String colour;
    private final String cssClass;

    ShipmentResponseLabel(String number, String japanese, String english, String colour, String cssClass) {
        this.number = number;
        this.words = new Words(japanese, english);
        this.colour = colour;
        this.cssClass = cssClass;
    }

    /** The label for a service's code; null for null or a code this portal does not know. */
    public static ShipmentResponseLabel of(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The service's code ({@code LIMITED_OWN_REASONS}), as forms send it. */
    public String code() {
        return name();
    }

    public String number() {
        return number;
    }

    public String label(Locale locale) {
        return words.in(locale);
    }

    /** A colour with at least 4.5:1 contrast against white, for badges with white text and for charts. */
    public String colour() {
        return colour;
    }

    /** normal, limited or stopped: the badge's CSS class. */
    public String cssClass() {
        return cssClass;
    }

    public boolean isShortage() {
        return this != NORMAL;
    }
}
