package org.shortagewatch.portal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.WholesalerApi;
import org.shortagewatch.portal.domain.FindingAdvice;
import org.shortagewatch.portal.domain.FindingList;
import org.shortagewatch.portal.domain.Prefecture;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.Authenticated;

/**
 * The findings about my customers ({@code /wholesaler/findings}): wholesaler-allocation's open maldistribution
 * findings (偏在) naming the wholesaler, newest first, each with what to do about it, narrowed to a product or an
 * ingredient when one is chosen, and a way to see the ingredient across Japan.
 */
@Path("/wholesaler/findings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WholesalerFindingPages extends WholesalerPage {

    /** A finding as the page lists it: with its advice and its prefecture's name. */
    @TemplateData
    public record Item(WholesalerApi.Finding finding, FindingAdvice advice, String prefecture) {
    }

    @Inject
    Template wholesalerFindings;

    @GET
    public Response findings(@QueryParam("q") String q) {
        return pages.orRefusal(() -> {
            List<WholesalerApi.Finding> all = allocation.findings(wholesaler());
            List<WholesalerApi.Finding> shown = FindingList.of(all, q, WholesalerApi.Finding::yjCode,
                    WholesalerApi.Finding::ingredientKey, WholesalerApi.Finding::detectedAt);
            List<Item> items = new ArrayList<>();
            shown.forEach(f -> items.add(new Item(f, FindingAdvice.of(f.rule(), f.evidence()), Prefecture
                    .ofCode(f.prefectureCode()).map(p -> p.label(ctx.locale())).orElse(f.prefectureCode()))));
            List<String> choices = FindingList.choices(all, WholesalerApi.Finding::yjCode,
                    WholesalerApi.Finding::ingredientKey);
            Map<String, String> productNames = names.ofProducts(choices.stream()
                    .filter(c -> !FindingList.isIngredient(c)).toList());
            Map<String, String> ingredientNames = names.ofIngredients(Stream.concat(shown.stream()
                    .filter(f -> f.yjCode() == null).map(WholesalerApi.Finding::ingredientKey),
                    choices.stream().filter(FindingList::isIngredient)).toList());
            return pages.ok(wholesalerFindings.data("items", items).data("total", all.size())
                    .data("choices", choices).data("q", q == null ? "" : q.strip()).data("names", productNames)
                    .data("ingredients", ingredientNames));
        });
    }
}
