package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.report.domain.CauseChain;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.CauseTimelines;
import org.shortagewatch.report.persistence.ProductCatalog;

import io.smallrye.mutiny.Uni;

/** The chain of a shortage (⑰ the cause product), read from the product that caused it. */
@Path("/api/v1/products/{yj}/effects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class ProductEffectsResource {

    @Inject
    ProductCatalog catalog;

    @Inject
    CauseTimelines timelines;

    @GET
    @PermitAll // public: the supply status of a product is public information
    @Operation(summary = "この品目が原因の限定出荷（他社品の影響）",
            description = "limitedNow は、指定日（asOf）の状況で、この品目を原因品目（⑰）に挙げて限定出荷（他社品の影響）と"
                    + "している品目を、その日の状況とともに示します。stop は、この品目が asOf までに供給停止になったことがあれば、"
                    + "最後の供給停止の開始日（since）と終了日（until、続いていれば省略）、そして停止開始日以降のいずれかの時点で"
                    + "この品目を原因品目に挙げていた品目を、挙げていた期間（from から until の前日まで、続いていれば until は省略）"
                    + "とともに示します。供給停止になったことがなければ stop は省略します。")
    public Uni<ProductEffectsView> effects(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj,
            @Parameter(description = ProductResource.AS_OF) @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.asOf(asOf);
        return catalog.find(yj, day)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(ProductResource.noProduct(yj)))
                .chain(product -> catalog.limitedBecauseOf(yj, day))
                .chain(limitedNow -> timelines.around(yj, day).map(found -> {
                    CauseChain.Period stop = CauseChain.latestStop(found.own(), day);
                    return ProductEffectsView.of(yj, day, limitedNow, stop,
                            stop == null ? List.of() : CauseChain.effectsSince(yj, found.others(),
                                    stop.from(), day));
                }));
    }
}
