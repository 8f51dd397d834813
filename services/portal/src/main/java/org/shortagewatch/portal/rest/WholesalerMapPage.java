package org.shortagewatch.portal.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.WholesalerApi;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.PageLinks;
import org.shortagewatch.portal.domain.PrefectureMap;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * An ingredient across Japan ({@code /wholesaler/map/{ingredientKey}}): wholesaler-allocation's days of supply or open
 * findings per prefecture (a switch between the two), as a tile map of the 47 prefectures in coloured bands with a
 * legend, and as the table beside it. Reached from a finding or a plan; {@code /wholesaler/map?code=} goes to the
 * ingredient of a YJ code.
 */
@Path("/wholesaler/map")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WholesalerMapPage extends WholesalerPage {

    @Inject
    Template wholesalerMap;

    /** The map of the ingredient a YJ code (or an ingredient key) names. */
    @GET
    public Response choose(@QueryParam("code") String code, @QueryParam("view") String view) {
        String c = FormInput.code(code);
        String key = c == null || c.length() < 7 ? c : c.substring(0, 7);
        String segment = key == null || key.isBlank() ? "-" : PageLinks.segment(key);
        return PageResponses.seeOther("/wholesaler/map/" + segment
                + "?view=" + PrefectureMap.View.of(view).parameter());
    }

    @GET
    @Path("{ingredientKey}")
    public Response map(@PathParam("ingredientKey") String ingredientKey, @QueryParam("view") String view) {
        PrefectureMap.View v = PrefectureMap.View.of(view);
        return pages.orRefusal(() -> {
            WholesalerApi.IngredientMap map = allocation.map(ingredientKey).await().indefinitely();
            List<PrefectureMap.Row> rows = PrefectureMap.rows(v, map.figures(v), ctx.locale());
            return pages.ok(wholesalerMap.data("map", map).data("view", v.parameter()).data("rows", rows)
                    .data("chart", PrefectureMap.chart(v, rows, ctx.locale()))
                    .data("bands", PrefectureMap.bands(v, ctx.locale()))
                    .data("ingredient", names.ofIngredients(List.of(map.ingredientKey())).get(map.ingredientKey())));
        });
    }
}
