package org.shortagewatch.report.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.report.persistence.IngredientNames;

import io.smallrye.mutiny.Uni;

/** Ingredients by name, as the product master names them: what a page that knows an ingredient by its key calls it. */
@Path("/api/v1/ingredients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class IngredientResource {

    @Inject
    IngredientNames names;

    @GET
    @PermitAll // public: the product master is public information
    @Operation(summary = "成分キーから成分名を引く",
            description = "指定した成分キー（YJ コードの先頭 7 桁、key を繰り返して最大 100）ごとに、その成分の品目（YJ コード順で最初のもの）"
                    + "が記す成分名を返します。成分名を記す品目のない成分キーは含みません。")
    public Uni<List<IngredientNames.Named>> names(
            @Parameter(description = "An ingredient key, e.g. 2456001; repeat for more, at most 100") @QueryParam("key")
            List<String> key) {
        List<String> keys = QueryParams.ingredientKeys("key", key);
        if (keys == null) {
            throw ProblemException.invalidField("key", Text.of("成分キーを 1 つ以上指定してください",
                    "name at least one ingredient key"));
        }
        return names.of(keys);
    }
}
