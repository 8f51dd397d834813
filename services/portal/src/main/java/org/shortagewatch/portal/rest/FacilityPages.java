package org.shortagewatch.portal.rest;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.AllocationClient;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.client.NotificationInboxClient;
import org.shortagewatch.portal.client.NotificationStreamClient;
import org.shortagewatch.portal.client.NotificationUserClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A pharmacy's or hospital's own pages. Every call carries the user's access token; whether this user may read or
 * change a facility is notification's decision, and a refusal is shown as the service gave it. The facility is the
 * user's organisation (the token's {@code org} claim).
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FacilityPages {

    static final List<String> KINDS = List.of("YJ_CODE", "INGREDIENT", "THERAPEUTIC_CLASS", "MANUFACTURER", "SUPPLY_SECURITY_CLASS");
    static final List<String> CHANNELS = List.of("INBOX", "SSE", "EMAIL", "WEBHOOK");
    static final List<String> SEVERITIES = List.of("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    static final List<String> FACILITY_KINDS = List.of("PHARMACY", "HOSPITAL", "CLINIC");

    /** A choice of a form: the code sent to the service and the key of its words in the message bundle. */
    @io.quarkus.qute.TemplateData
    public record Option(String value, String key) {
        static List<Option> of(String prefix, List<String> values) {
            return values.stream().map(v -> new Option(v, prefix + v)).toList();
        }
    }
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    PageContext ctx;

    @Inject
    @RestClient
    NotificationUserClient notification;

    @Inject
    @RestClient
    NotificationStreamClient streams;

    @Inject
    @RestClient
    NotificationInboxClient inboxes;

    @Inject
    @RestClient
    org.shortagewatch.portal.client.ReportClient report;

    /** The signed-in user's access token (for a web-app tenant, the injected token is the access token). */
    @Inject
    org.eclipse.microprofile.jwt.JsonWebToken accessToken;

    @Inject
    Template me;

    @Inject
    Template watchlist;

    @Inject
    Template alerts;

    @Inject
    Template myNotices;

    @Inject
    Template quotas;

    @Inject
    @RestClient
    AllocationClient allocation;

    @Inject
    Template refused;

    @Inject
    Template alertItem;

    @GET
    public Response facility(@QueryParam("saved") boolean saved) {
        String org = ctx.orgOrEmpty();
        NotificationApi.Facility f = null;
        Refusal refusal = null;
        try {
            f = notification.facility(org);
        } catch (RuntimeException failure) {
            refusal = Refusal.of(failure);
            if (!refusal.notFound()) {
                return refusal(refusal);
            }
        }
        return ok(me.data("f", f).data("code", org).data("kinds", Option.of("kind", FACILITY_KINDS)).data("saved", saved)
                .data("error", null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFacility(@RestForm String kind, @RestForm String name, @RestForm String email,
            @RestForm String quietStart, @RestForm String quietEnd, @RestForm String digest) {
        String org = ctx.orgOrEmpty();
        NotificationApi.FacilityRequest body = new NotificationApi.FacilityRequest(kind, name,
                blankToNull(email), time(quietStart), time(quietEnd), digest != null);
        try {
            notification.saveFacility(org, body);
            return seeOther("/me?saved=true");
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            NotificationApi.Facility typed = new NotificationApi.Facility(org, kind, null, null, name, email,
                    time(quietStart), time(quietEnd), digest != null);
            return Response.status(r.unreachable() ? 503 : r.status()).entity(ctx.page(me.data("f", typed)
                    .data("code", org).data("kinds", Option.of("kind", FACILITY_KINDS)).data("saved", false).data("error", r)))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
    }

    @GET
    @Path("watchlist")
    public Response watchlist(@QueryParam("kind") String kind, @QueryParam("target") String target,
            @QueryParam("removed") boolean removed) {
        return watchlistPage(kind, target, null, null, removed, Response.Status.OK.getStatusCode());
    }

    @POST
    @Path("watchlist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@RestForm String kind, @RestForm String target, @RestForm List<String> channels,
            @RestForm String minSeverity, @RestForm String webhookUrl) {
        List<String> chosen = channels == null || channels.isEmpty() ? List.of("INBOX") : channels;
        try {
            NotificationApi.Subscription created = notification.subscribe(new NotificationApi.SubscriptionRequest(
                    ctx.orgOrEmpty(), kind, target == null ? null : target.strip().toUpperCase(), chosen,
                    minSeverity, blankToNull(webhookUrl)));
            // the signing secret is shown on this answer only, never stored by the portal; without one, back to
            // the list (a reload then does not subscribe again)
            return created.webhookUrl() == null ? seeOther("/me/watchlist")
                    : watchlistPage(null, null, created, null, false, 201);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return watchlistPage(kind, target, null, r, false, r.unreachable() ? 503 : r.status());
        }
    }

    /** A formulary file (CSV, YJ code in the first column): one subscription per product, by notification. */
    @POST
    @Path("watchlist/formulary")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response formulary(@RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file,
            @RestForm List<String> channels, @RestForm String minSeverity) {
        List<String> chosen = channels == null || channels.isEmpty() ? List.of("INBOX") : channels;
        try {
            String csv = file == null ? "" : java.nio.file.Files.readString(file.uploadedFile(),
                    java.nio.charset.StandardCharsets.UTF_8);
            java.util.Map<String, Integer> result = notification.formulary(ctx.orgOrEmpty(), String.join(",", chosen),
                    minSeverity == null ? "INFO" : minSeverity, csv);
            return seeOther("/me/watchlist?formulary=" + result.getOrDefault("subscribed", 0));
        } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
            return watchlistPage(null, null, null, new Refusal(400, "file: " + unreadable.getMessage()), false, 400);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return watchlistPage(null, null, null, r, false, r.unreachable() ? 503 : r.status());
        }
    }

    @POST
    @Path("watchlist/{id}/removal")
    public Response unfollow(@PathParam("id") UUID id) {
        try {
            notification.unsubscribe(id);
            return seeOther("/me/watchlist?removed=true");
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return watchlistPage(null, null, null, r, false, r.unreachable() ? 503 : r.status());
        }
    }

    @POST
    @Path("watchlist/{id}/secret")
    public Response rotate(@PathParam("id") UUID id) {
        try {
            return watchlistPage(null, null, notification.rotateSecret(id), null, false, 200);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return watchlistPage(null, null, null, r, false, r.unreachable() ? 503 : r.status());
        }
    }

    /** How many subscriptions the formulary just made (the redirect's ?formulary=), or null. */
    private Integer formularyAdded() {
        String n = ctx.query("formulary");
        try {
            return n == null ? null : Integer.valueOf(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Response watchlistPage(String kind, String target, NotificationApi.Subscription withSecret, Refusal error,
            boolean removed, int status) {
        List<NotificationApi.Subscription> list;
        try {
            list = notification.subscriptions(ctx.orgOrEmpty());
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
        return Response.status(status).entity(ctx.page(watchlist.data("entries", list).data("names", names(list))
                .data("kind", kind == null || !KINDS.contains(kind) ? "YJ_CODE" : kind)
                .data("target", target == null ? "" : target).data("kinds", Option.of("kind", KINDS))
                .data("channels", Option.of("channel", CHANNELS)).data("severities", Option.of("severity", SEVERITIES)).data("created", withSecret).data("error", error)
                .data("removed", removed).data("formularyAdded", formularyAdded()))).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * What a product or ingredient code of the watch list is called, from the public catalogue: the products in one
     * call, each ingredient in one (at most 20); a code the catalogue does not answer for is shown as the code.
     */
    private java.util.Map<String, String> names(List<NotificationApi.Subscription> list) {
        java.util.Map<String, String> names = productNames(list.stream().filter(s -> s.kind().equals("YJ_CODE"))
                .map(NotificationApi.Subscription::target).toList());
        list.stream().filter(s -> s.kind().equals("INGREDIENT")).map(NotificationApi.Subscription::target).distinct()
                .limit(20).forEach(code -> {
                    try {
                        report.search(code, 1, 1).items().stream().findFirst()
                                .ifPresent(p -> names.put(code, p.ingredient()));
                    } catch (RuntimeException unavailable) {
                        // the code alone, then
                    }
                });
        return names;
    }

    /** Product names by YJ code, in one call for at most 100 codes; empty when the catalogue cannot be reached. */
    private java.util.Map<String, String> productNames(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        List<String> distinct = codes.stream().filter(c -> c != null && c.length() == 12).distinct().limit(100).toList();
        if (distinct.isEmpty()) {
            return names;
        }
        try {
            report.byCodes(distinct, distinct.size()).items().forEach(p -> names.put(p.yjCode(), p.productName()));
        } catch (RuntimeException unavailable) {
            // the codes alone, then
        }
        return names;
    }

    @GET
    @Path("alerts")
    public Response alerts() {
        try {
            List<NotificationApi.InboxEntry> entries = new ArrayList<>(notification.inbox(ctx.orgOrEmpty(), false, 100));
            long newest = entries.stream().mapToLong(NotificationApi.InboxEntry::position).max().orElse(0);
            // unread first, each group newest first
            entries.sort(Comparator.comparing((NotificationApi.InboxEntry e) -> e.readAt() != null)
                    .thenComparing(NotificationApi.InboxEntry::position, Comparator.reverseOrder()));
            return ok(alerts.data("entries", entries).data("after", newest).data("names", alertProductNames(entries)));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    /** The names of the products the alerts are about, where an alert does not carry its product's name. */
    private java.util.Map<String, String> alertProductNames(List<NotificationApi.InboxEntry> entries) {
        return productNames(entries.stream().filter(e -> e.yjCode() != null && e.productName() == null)
                .map(NotificationApi.InboxEntry::yjCode).toList());
    }

    @POST
    @Path("alerts/{id}/read")
    public Response markRead(@PathParam("id") UUID id, @HeaderParam("HX-Request") String htmx) {
        try {
            notification.markRead(ctx.orgOrEmpty(), id);
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
        return seeOther("/me/alerts");
    }

    /**
     * The user's alerts as they arrive, for the open alerts page: notification's stream (its SSE channel), held with
     * the user's token, each event passed on as the list item to insert. The item shown is the alert's inbox entry
     * (so "mark read" marks what the inbox lists), or the streamed entry when the alert has no inbox entry. The
     * browser's Last-Event-ID (or {@code after}, the newest position the page shows) resumes it.
     */
    @GET
    @Path("alerts/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") String after, @jakarta.ws.rs.core.Context Sse sse) {
        String from = lastEventId != null && !lastEventId.isBlank() ? lastEventId : after;
        java.util.Locale locale = ctx.locale();
        PageContext page = ctx.self();
        String recipient = ctx.orgOrEmpty();
        String bearer = "Bearer " + accessToken.getRawToken();
        return streams.stream(recipient, from).onItem().transformToUniAndConcatenate(event -> {
            NotificationApi.InboxEntry streamed = parse(event.data());
            Uni<NotificationApi.InboxEntry> shown = streamed == null ? Uni.createFrom().nullItem()
                    : inboxes.unread(recipient, true, 50, bearer)
                            .map(list -> list.stream()
                                    .filter(e -> java.util.Objects.equals(e.causeId(), streamed.causeId()))
                                    .findFirst().orElse(streamed))
                            .onFailure().recoverWithItem(streamed);
            return shown.chain(entry -> name(entry).map(names -> {
                String html = entry == null ? ""
                        : alertItem.data("e", entry).data("ctx", page).data("names", names).setLocale(locale).render()
                                .replace("\n", " ");
                return sse.newEventBuilder().id(event.id()).name("alert").data(html).build();
            }));
        });
    }

    /** The alert's product name from the public catalogue, when the alert does not carry it; none if unavailable. */
    private Uni<java.util.Map<String, String>> name(NotificationApi.InboxEntry entry) {
        if (entry == null || entry.yjCode() == null || entry.productName() != null) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        String yj = entry.yjCode();
        return report.searchLater(yj, 1, 1).map(page -> page.items().stream()
                        .filter(p -> yj.equals(p.yjCode()) && p.productName() != null).findFirst()
                        .map(p -> java.util.Map.of(yj, p.productName())).orElse(java.util.Map.of()))
                .onFailure().recoverWithItem(java.util.Map.of());
    }

    private static NotificationApi.InboxEntry parse(String json) {
        try {
            return JSON.readValue(json, NotificationApi.InboxEntry.class);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    @GET
    @Path("quotas")
    public Response quotas(@QueryParam("reported") boolean reported, @QueryParam("yj") String yj) {
        return quotasPage(reported, yj, null, 200);
    }

    /** "Cannot obtain" (入手困難): reported to wholesaler-allocation, which decides whether it is accepted. */
    @POST
    @Path("quotas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cannotObtain(@RestForm String yjCode, @RestForm String date, @RestForm String note) {
        java.time.LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = java.time.LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                day = null;
            }
        }
        try {
            allocation.cannotObtain(new AllocationClient.CannotObtainRequest(ctx.orgOrEmpty(),
                    yjCode == null ? null : yjCode.strip().toUpperCase(), day, blankToNull(note)));
            return seeOther("/me/quotas?reported=true");
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return quotasPage(false, yjCode, r, r.unreachable() ? 503 : r.status());
        }
    }

    private Response quotasPage(boolean reported, String yj, Refusal error, int status) {
        List<AllocationClient.QuotaLine> lines;
        try {
            lines = allocation.quotas(ctx.orgOrEmpty());
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            if (error == null) {
                error = r;
            }
            lines = List.of();
        }
        return Response.status(status).entity(ctx.page(quotas.data("lines", lines).data("reported", reported)
                .data("yj", yj == null ? "" : yj).data("error", error)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("notices")
    public Response notices() {
        try {
            List<NotificationApi.InboxEntry> entries = notification.inbox(ctx.orgOrEmpty(), false, 200).stream()
                    .filter(NotificationApi.InboxEntry::isNotice).toList();
            return ok(myNotices.data("entries", entries));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    @POST
    @Path("notices/{notice}/acknowledgement")
    public Response acknowledge(@PathParam("notice") UUID notice) {
        try {
            notification.acknowledgeNotice(notice);
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
        return seeOther("/me/notices");
    }

    @POST
    @Path("notices/{entry}/read")
    public Response readNotice(@PathParam("entry") UUID entry) {
        try {
            notification.markRead(ctx.orgOrEmpty(), entry);
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
        return seeOther("/me/notices");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalTime time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private Response ok(TemplateInstance page) {
        return Response.ok(ctx.page(page)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private Response refusal(Refusal r) {
        return Response.status(r.unreachable() ? 503 : r.status()).entity(ctx.page(refused.data("r", r)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
