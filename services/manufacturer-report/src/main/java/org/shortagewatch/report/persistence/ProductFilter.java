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
 */
public record ProductFilter(String ingredient, String yjPrefix, String manufacturer, ShipmentResponse shipmentResponse,
        ProductCategory productCategory, SupplySecurityClass supplySecurityClass, Boolean basicDrug, String text) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null, null, null);
    }
}
