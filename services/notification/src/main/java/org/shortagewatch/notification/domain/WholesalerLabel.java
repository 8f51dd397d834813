package org.shortagewatch.notification.domain;

/**
 * How an alert names a wholesaler: by the name wholesaler-allocation's registry has for it, which the event carries,
 * with its code, as the pages name a thing they know by a code (架空薬品販売株式会社［WHS001］ in Japanese, without
 * spaces; 架空薬品販売株式会社 [WHS001] in English); by its code alone when the event carries no name (a wholesaler
 * nobody registered, or an event written before names were carried). A pharmacist knows wholesalers by name, not
 * by code.
 */
public final class WholesalerLabel {

    private WholesalerLabel() {
    }

    /** 名前［code］, or the code alone. */
    public static String ja(String code, String name) {
        return named(name) ? name + "［" + code + "］" : code;
    }

    /** name [code], or the code alone. */
    public static String en(String code, String name) {
        return named(name) ? name + " [" + code + "]" : code;
    }

    /** 卸売業者 名前［code］ as a sentence's subject names it, or 卸売業者code (the code alone, as before names). */
    public static String titledJa(String code, String name) {
        return named(name) ? "卸売業者 " + ja(code, name) : "卸売業者" + code;
    }

    /** Wholesaler name [code], or Wholesaler code. */
    public static String titledEn(String code, String name) {
        return "Wholesaler " + en(code, name);
    }

    private static boolean named(String name) {
        return name != null && !name.isBlank();
    }
}
