package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.DashboardApi;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.client.WholesalerApi;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.IngredientChoice;
import org.shortagewatch.portal.domain.PrefectureMap;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The maldistribution map ({@code /regulator/map}): an ingredient, chosen by YJ code, ingredient key or a name found
 * in the product list, on the tile map of the 47 prefectures, its open findings or its days of supply (a table with
 * the same figures beside it); and the open findings of the whole country. wholesaler-allocation decides who may
 * read them and names no single facility; a refusal of the ingredient is shown beside the search box. Each
 * ingredient is shown by its name (from the public catalogue, {@link ProductNames}) with its key.
 */
@Path("/regulator/map")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorMapPage extends RegulatorFiguresPage {

    /** The open findings listed nationally (the count is of all). */
    static final int FINDINGS = 50;
    /** The products looked at to find the ingredients a name matches. */
    static final int SEARCHED = 100;

    /** The map of the ingredient asked for, or what the service said instead. */
    private record MapAnswer(WholesalerApi.IngredientMap map, Refusal refusal) {
    }

    @Inject
    Template regulatorMap;

    /** The names of the ingredients the page shows, from manufacturer-report's public catalogue. */
    @Inject
    ProductNames names;

    @GET
    public Response map(@QueryParam("q") String q, @QueryParam("ingredient") String ingredient,
            @QueryParam("view") String view) {
        String typed = FormInput.text(FormInput.search(q));
        String chosen = FormInput.text(ingredient);
        String asked = chosen != null ? chosen : IngredientChoice.keyOf(typed);
        PrefectureMap.View shown = PrefectureMap.View.of(view);
        return pages.orRefusal(() -> {
            Uni<List<IngredientChoice.Candidate>> found = asked != null || typed == null
                    ? Uni.createFrom().item(List.of())
                    : report.search(typed, 1, SEARCHED).map(page -> IngredientChoice.candidates(page.items(),
                            DashboardApi.ProductLine::ingredientKey, DashboardApi.ProductLine::ingredient));
            var both = Uni.combine().all().unis(allocation.openFindings(FINDINGS), found).asTuple().await()
                    .atMost(WAIT);
            List<IngredientChoice.Candidate> candidates = both.getItem2();
            String key = asked == null && candidates.size() == 1 ? candidates.get(0).key() : asked;
            MapAnswer answer = key == null ? new MapAnswer(null, null) : mapOf(key);
            TemplateInstance page = regulatorMap.data("q", typed == null ? (chosen == null ? "" : chosen) : typed)
                    .data("key", key).data("view", shown.parameter())
                    .data("mapTitleKey", shown == PrefectureMap.View.DAYS ? "daysMapTitle" : "findingsMapTitle").data("candidates", candidates)
                    .data("findings", both.getItem1()).data("error", answer.refusal())
                    .data("keyErrors", answer.refusal() == null ? List.of()
                            : IngredientChoice.refusedKey(answer.refusal().fields()))
                    .data("map", answer.map()).data("ingredients", names.ofIngredients(Stream.concat(
                            Stream.ofNullable(answer.map()).map(WholesalerApi.IngredientMap::ingredientKey),
                            both.getItem1().items().stream().map(DashboardApi.NationalFinding::ingredientKey))
                            .toList()));
            if (answer.map() != null) {
                List<PrefectureMap.Row> rows = PrefectureMap.rows(shown, answer.map().figures(shown), ctx.locale());
                page.data("rows", rows).data("chart", PrefectureMap.chart(shown, rows, ctx.locale()));
            }
            return pages.page(answer.refusal() == null ? 200 : answer.refusal().pageStatus(), page);
        });
    }

    /** The ingredient's map, or the service's refusal of it (a malformed key, a caller it does not serve). */
    private MapAnswer mapOf(String key) {
        try {
            return new MapAnswer(allocation.map(key).await().atMost(WAIT), null);
        } catch (RuntimeException refused) {
            return new MapAnswer(null, Refusal.of(refused));
        }
    }
}
