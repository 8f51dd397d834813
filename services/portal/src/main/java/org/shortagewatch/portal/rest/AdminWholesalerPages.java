package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.AdminApi;
import org.shortagewatch.portal.client.AllocationPublicClient;
import org.shortagewatch.portal.client.AllocationPublicClient.Wholesaler;
import org.shortagewatch.portal.domain.StatusFormErrors;
import org.shortagewatch.portal.domain.WholesalerChange;
import org.shortagewatch.portal.domain.WholesalerForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/**
 * The wholesalers by name ({@code /admin/wholesalers}): wholesaler-allocation's registry listed, a wholesaler
 * registered by code and name or renamed, on to the list (303) that confirms it, or the form again as typed with each
 * of the service's details beside the field it names. The registry is public to read (without a token, as
 * {@link org.shortagewatch.portal.client.WholesalerNames} reads it), so no service refuses these pages to another
 * role: the portal shows them to an operator only, and the change is the service's to refuse.
 */
@Path("/admin/wholesalers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminWholesalerPages extends AdminPage {

    @Inject
    @RestClient
    AllocationPublicClient registry;

    @Inject
    Template adminWholesalers;

    @Inject
    Template adminWholesalerForm;

    @GET
    public Response list(@QueryParam("registered") String registered, @QueryParam("renamed") String renamed) {
        return operatorOnly(() -> pages.orRefusal(() -> {
            List<Wholesaler> all = registry.wholesalers();
            WholesalerChange asked = WholesalerChange.confirmed(registered, renamed);
            // confirmed only for a wholesaler the registry lists: the link's text alone confirms nothing
            Wholesaler named = asked == null ? null : all.stream().filter(w -> w.code().equals(asked.code()))
                    .findFirst().orElse(null);
            return pages.ok(adminWholesalers.data("items", all).data("done", named == null ? null : asked)
                    .data("named", named));
        }));
    }

    /** The registration form, empty. */
    @GET
    @Path("new")
    public Response registration() {
        return operatorOnly(() -> pages.ok(form(WholesalerForm.EMPTY, false, null)));
    }

    /** The renaming form, with the name registered. */
    @GET
    @Path("{code}/rename")
    public Response renaming(@PathParam("code") String code) {
        return operatorOnly(() -> pages.orRefusal(() -> {
            Wholesaler w = registry.wholesaler(code);
            return pages.ok(form(new WholesalerForm(w.code(), w.name()), true, null));
        }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String code, @RestForm String name, @RestForm boolean renaming) {
        WholesalerForm typed = WholesalerForm.typed(code, name);
        if (!typed.addressable()) {
            AdminMsg words = MessageBundles.get(AdminMsg.class, Localized.Literal.of(ctx.lang()));
            Refusal noCode = new Refusal(400, "", List.of(new StatusFormErrors.FieldProblem("code", null,
                    typed.hasCode() ? words.codeNotAddress() : words.codeNeeded())));
            return pages.page(noCode.pageStatus(), form(typed, false, noCode));
        }
        return PageResponses.changed(() -> WholesalerChange.of(allocation.register(typed.code(),
                new AdminApi.WholesalerName(typed.name())).getStatus(), typed.code()).listPath(),
                r -> pages.page(r.pageStatus(), form(typed, renaming, r)));
    }

    private TemplateInstance form(WholesalerForm w, boolean renaming, Refusal error) {
        return adminWholesalerForm.data("w", w).data("renaming", renaming).data("error", error)
                .data("errors", Refusal.errorsAt(error, WholesalerForm.INPUTS));
    }

    /** The page for an operator; for anyone else the refusal a service gives a role it does not serve. */
    private Response operatorOnly(Supplier<Response> page) {
        return ctx.admin() ? page.get() : pages.refusal(new Refusal(403, ""));
    }
}
