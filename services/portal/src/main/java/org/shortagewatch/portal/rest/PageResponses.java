package org.shortagewatch.portal.rest;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.domain.ErrorCsv;
import org.shortagewatch.portal.domain.StatusFormErrors;
import org.shortagewatch.portal.domain.TypedForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * How every page answers: the page with its {@link PageContext} in the user's language, as UTF-8 HTML; a service's
 * refusal as the refusal page, or as the page the form came from; a form that did its work as a redirect (303, so a
 * reload does not send it again).
 */
@ApplicationScoped
public class PageResponses {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    PageContext ctx;

    @Inject
    Template refused;

    public Response ok(TemplateInstance page) {
        return page(Response.Status.OK.getStatusCode(), page);
    }

    /** The page with another status than 200: a form shown again with the service's refusal, or a new secret. */
    public Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(ctx.page(page)).type(HTML).build();
    }

    /** The refusal page, with the status of the refusal ({@link Refusal#pageStatus()}). */
    public Response refusal(Refusal r) {
        return page(r.pageStatus(), refused.data("r", r));
    }

    /**
     * The portal's own refusal of a form's values that do not read ({@link TypedForm}): each beside its field, naming
     * what was typed, in the page's language; nothing was sent to the service.
     */
    public Refusal unread(TypedForm form) {
        Msg words = MessageBundles.get(Msg.class, Localized.Literal.of(ctx.lang()));
        return new Refusal(400, "", form.unread().stream().map(u -> new StatusFormErrors.FieldProblem(u.field(), null,
                switch (u.kind()) {
                    case DATE -> words.unreadableDate(u.typed());
                    case TIME -> words.unreadableTime(u.typed());
                    case COUNT -> words.unreadableCount(u.typed());
                })).toList());
    }

    /**
     * What {@code answer} answers, built from the services' answers; when a service refuses or cannot be reached on
     * the way, the refusal page.
     */
    public Response orRefusal(Supplier<Response> answer) {
        try {
            return answer.get();
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    /**
     * A change made with a service ({@code change}, which answers the path of the page to go on to), then that page
     * (303); refused, what {@code again} answers with the refusal, usually the page the form came from.
     */
    public static Response changed(Supplier<String> change, Function<Refusal, Response> again) {
        try {
            return seeOther(change.get());
        } catch (RuntimeException failure) {
            return again.apply(Refusal.of(failure));
        }
    }

    /** {@link #changed(Supplier, Function)} for a change whose page to go on to is known before it is made. */
    public static Response changed(Runnable change, String next, Function<Refusal, Response> again) {
        return changed(() -> {
            change.run();
            return next;
        }, again);
    }

    /** The row errors a page showed, as a CSV file for Excel ({@link ErrorCsv}), headed in the page's language. */
    public Response errorCsv(List<ErrorCsv.Line> lines, String fileName) {
        return Response.ok(ErrorCsv.of(ctx.english(), lines)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** On to a page of this site after a form or a choice (303 See Other). */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
