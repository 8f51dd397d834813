package org.shortagewatch.allocation.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a wholesaler posts about a customer facility and a product. */
public enum RecordKind {
    /** A facility's order (受注) on a day, in units. */
    ORDER("orders", "受注"),
    /** Units shipped to a facility (出荷) on a day: its purchases, from which baselines are made. */
    SHIPMENT("shipments", "出荷"),
    /** Stock on hand at a facility (在庫) as of a day, as the wholesaler knows it. */
    STOCK("stock", "在庫");

    private final String path;
    private final String japanese;

    RecordKind(String path, String japanese) {
        this.path = path;
        this.japanese = japanese;
    }

    /** The path segment of the endpoint that takes it. */
    public String path() {
        return path;
    }

    public String japanese() {
        return japanese;
    }

    /** The kind whose endpoint takes the path segment {@code path}, if any. */
    public static Optional<RecordKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
