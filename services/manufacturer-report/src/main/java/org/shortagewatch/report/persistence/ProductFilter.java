package org.shortagewatch.report.persistence;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.SupplySecurityClass;

/**
 * What a product search asks for; every criterion is optional and they combine with "and".
 *
 * @param ingredient part of the ingredient name (成分名), case-insensitive
 * @param yjPrefix the first characters of the YJ code (e.g. 7 for an ingredient, 9 for ingredient + form + strength)
 * @param manufacturer the holder's code, or part of its name
 * @param yjCodes exactly these products (a page's look-up of the names of many codes at once), or null
 * @param stale true: only the products whose status is stale on the day ({@link
 *        org.shortagewatch.report.domain.Freshness}); false: only those whose status is not; null: either
 */
public record ProductFilter(java.util.List<String> yjCodes, String ingredient, String yjPrefix, String manufacturer, ShipmentResponse shipmentResponse,
        ProductCategory productCategory, SupplySecurityClass supplySecurityClass, Boolean basicDrug, String text,
        Boolean stale) {

    /** The order of a search's results. */
    public enum Order {
        /** By YJ code. */
        CODE,
        /** The latest status first: by its effective date, then by when it was reported, newest first. */
        LATEST
    }

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
