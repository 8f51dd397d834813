package org.shortagewatch.portal.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.domain.Languages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The site's own pages: the home page, the choice of language, and signing in. The public pages with the services'
 * data are {@link ProductPages}, {@link SituationPage} and {@link NoticePages}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages extends PortalPage {

    @Inject
    Template home;

    @GET
    public TemplateInstance home() {
        return ctx.page(home.instance());
    }

    /** Chooses the language and returns to the page it was chosen on (a path of this site only). */
    @GET
    @Path("lang/{code}")
    public Response language(@PathParam("code") String code, @QueryParam("back") String back) {
        NewCookie cookie = new NewCookie.Builder(PageContext.LANG_COOKIE).value(Languages.codeOrJapanese(code))
                .path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(Languages.backTo(back))).cookie(cookie).build();
    }

    /**
     * Signing in: reaching this page requires it; then on to the user's own first page (a facility's alerts, a
     * manufacturer's products, a wholesaler's findings, the regulator's notices, the operator's overview), the first
     * of the role's items in the menu.
     */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return PageResponses.seeOther(ctx.facility() ? "/me/alerts" : ctx.manufacturer() ? "/maker/products"
                : ctx.wholesaler() ? "/wholesaler/findings" : ctx.regulator() ? "/regulator/notices"
                : ctx.admin() ? "/admin" : "/");
    }
}
