package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.ProductFilter;

/**
 * The query parameters of a product search, as received; each is read (and a malformed one refused, naming it) when
 * the search asks for it.
 */
public class ProductSearchQuery {

    @Parameter(description = "One search box: a YJ code or its start, part of the product name (品名), of the "
            + "ingredient (成分名) or of the maker's name, or the maker's code")
    @QueryParam("q")
    String q;

    @Parameter(description = "Exactly these products, by YJ code (repeat the parameter; at most 100)")
    @QueryParam("yj")
    List<String> yj;

    @Parameter(description = "Part of the ingredient name (成分名)")
    @QueryParam("ingredient")
    String ingredient;

    @Parameter(description = "The first characters of the YJ code, e.g. 7 for an ingredient")
    @QueryParam("yjPrefix")
    String yjPrefix;

    @Parameter(description = "The holder's code, or part of its name")
    @QueryParam("manufacturer")
    String manufacturer;

    @Parameter(description = "Shipment response on the day")
    @QueryParam("shipmentResponse")
    String shipmentResponse;

    @QueryParam("productCategory")
    String productCategory;

    @QueryParam("supplySecurityClass")
    String supplySecurityClass;

    @QueryParam("basicDrug")
    String basicDrug;

    @Parameter(description = "true: only the limited or stopped products whose status is stale on the day (not"
            + " reported or confirmed within shortagewatch.freshness.stale-after); false: only the others")
    @QueryParam("stale")
    String stale;

    @Parameter(description = "code (default): by YJ code; latest: the latest status first (its effective date, then"
            + " when it was reported), e.g. with shipmentResponse=STOPPED the products stopped most recently")
    @QueryParam("sort")
    String sort;

    @Parameter(description = ProductResource.AS_OF)
    @QueryParam("asOf")
    String asOf;

    @Parameter(description = "Page number, from 1")
    @QueryParam("page")
    String page;

    @Parameter(description = "Products per page, 1 to 500; default 50")
    @QueryParam("size")
    String size;

    /** Every criterion given; they combine. */
    ProductFilter filter() {
        String prefix = QueryParams.text("yjPrefix", yjPrefix, 12);
        if (prefix != null && !YjCode.isPrefix(prefix)) {
            throw ProblemException.invalidField("yjPrefix", Text.of("「" + yjPrefix + "」は YJ コードの先頭部分ではありません",
                    "'" + yjPrefix + "' is not the start of a YJ code"));
        }
        return new ProductFilter(QueryParams.yjCodes("yj", yj), QueryParams.searchText("ingredient", ingredient, 200),
                prefix, QueryParams.searchText("manufacturer", manufacturer, 200),
                QueryParams.enumOf("shipmentResponse", ShipmentResponse.class, shipmentResponse),
                QueryParams.enumOf("productCategory", ProductCategory.class, productCategory),
                QueryParams.enumOf("supplySecurityClass", SupplySecurityClass.class, supplySecurityClass),
                QueryParams.bool("basicDrug", basicDrug), QueryParams.searchText("q", q, 200),
                QueryParams.bool("stale", stale));
    }

    ProductFilter.Order order() {
        ProductFilter.Order order = QueryParams.enumOf("sort", ProductFilter.Order.class, sort);
        return order == null ? ProductFilter.Order.CODE : order;
    }

    LocalDate day() {
        return QueryParams.asOf(asOf);
    }

    int pageNumber() {
        return QueryParams.pageNumber(page);
    }

    int pageSize() {
        return QueryParams.pageSize(size);
    }
}
