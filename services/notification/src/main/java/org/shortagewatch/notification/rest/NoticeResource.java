package org.shortagewatch.notification.rest;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.LockMode;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.persistence.NoticeFanOut;
import org.shortagewatch.notification.service.NoticeService;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Cooperation-request notices (事務連絡): the regulator drafts, submits for review, a second person approves, the
 * regulator publishes (to every facility stocking a target product, every facility of the targeted kinds and the
 * addressed organisations), follows up (続報) and withdraws; it reads delivery and acknowledgement rates.
 * Recipients read published notices and acknowledge them.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Cooperation-request notices (事務連絡) of the regulator")
public class NoticeResource {

    @Inject
    Caller caller;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuditTrail audit;

    @Inject
    NoticeService notices;

    @Inject
    NoticeFanOut fanOut;

    @Inject
    NoticeRenderer renderer;

    @Inject
    org.shortagewatch.notification.persistence.Inbox inbox;

    public record Withdrawal(@Size(max = 2000) String reason) {
    }

    public record Statistics(UUID noticeId, String status, long recipients, long delivered, long read,
            long acknowledged, double deliveryRate, double acknowledgementRate, long emails, long emailsDelivered,
            long emailsFailed, long webhooks, long webhooksDelivered, long webhooksFailed, Integer fanOutMillis) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a notice")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<RestResponse<NoticeView>> draft(@Valid @NotNull NoticeRequest body) {
        NoticeEntity n = new NoticeEntity();
        n.id = UUID.randomUUID();
        n.status = NoticeStatus.DRAFT.name();
        n.draftedBy = caller.subject();
        n.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return checkFollowsUp(body).chain(() -> {
            fill(n, body);
            return n.<NoticeEntity>persist();
        }).call(saved -> Panache.getSession().chain(s -> audit.record(s, "notice.draft", saved.id.toString(), AuditTrail.SUCCESS)))
                .map(saved -> RestResponse.ResponseBuilder.<NoticeView>created(URI.create("/api/v1/notices/" + saved.id))
                        .entity(NoticeView.of(saved)).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> edit(@PathParam("id") UUID id, @Valid @NotNull NoticeRequest body) {
        return checkFollowsUp(body).chain(() -> transition(id, NoticeStatus.Action.EDIT)).chain(n -> {
            fill(n, body);
            return Panache.getSession().chain(s -> audit.record(s, "notice.edit", id.toString(), AuditTrail.SUCCESS))
                    .replaceWith(NoticeView.of(n));
        });
    }

    @POST
    @Path("/{id}/review-request")
    @Operation(summary = "Submit a draft for review")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> submit(@PathParam("id") UUID id) {
        return simple(id, NoticeStatus.Action.SUBMIT, "notice.submit");
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a notice under review; the reviewer is not its drafter")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> approve(@PathParam("id") UUID id) {
        return transition(id, NoticeStatus.Action.APPROVE).chain(n -> {
            if (n.draftedBy.equals(caller.subject())) {
                return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                        "a notice is approved by someone other than its drafter", List.of()));
            }
            n.reviewedBy = caller.subject();
            return record(n, "notice.approve");
        });
    }

    @POST
    @Path("/{id}/send-back")
    @Operation(summary = "Send a notice under review (or approved) back to draft")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> sendBack(@PathParam("id") UUID id) {
        return transition(id, NoticeStatus.Action.SEND_BACK).chain(n -> {
            n.reviewedBy = null;
            return record(n, "notice.send-back");
        });
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish an approved notice",
            description = "Fans it out set-based and puts it on Kafka (topic notices). Publishing it again answers the "
                    + "notice as it is and notifies nobody a second time.")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> publish(@PathParam("id") UUID id) {
        return transition(id, NoticeStatus.Action.PUBLISH).chain(n -> n.noticeStatus() == NoticeStatus.PUBLISHED
                ? Uni.createFrom().item(NoticeView.of(n))
                : Panache.getSession().chain(s -> notices.publish(s, n)).map(NoticeView::of));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a published notice; everyone it reached is told")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<NoticeView> withdraw(@PathParam("id") UUID id, @Valid Withdrawal body) {
        return transition(id, NoticeStatus.Action.WITHDRAW)
                .chain(n -> Panache.getSession().chain(s -> notices.withdraw(s, n, body == null ? null : body.reason())))
                .map(NoticeView::of);
    }

    @POST
    @Path("/{id}/follow-up")
    @Operation(summary = "Draft a follow-up (続報) of a published notice: a copy that links it")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithTransaction
    public Uni<RestResponse<NoticeView>> followUp(@PathParam("id") UUID id) {
        return find(id).chain(original -> {
            if (original.noticeStatus() != NoticeStatus.PUBLISHED && original.noticeStatus() != NoticeStatus.WITHDRAWN) {
                return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                        "only a published notice can be followed up", List.of()));
            }
            NoticeEntity n = new NoticeEntity();
            n.id = UUID.randomUUID();
            n.status = NoticeStatus.DRAFT.name();
            n.draftedBy = caller.subject();
            n.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            n.updatedAt = n.createdAt;
            n.addressees = original.addressees;
            n.addresseeOrgs = original.addresseeOrgs;
            n.targetFacilityKinds = original.targetFacilityKinds;
            n.issuer = original.issuer;
            n.title = original.title + "（続報）";
            n.background = original.background;
            n.requests = original.requests;
            n.targetYjCodes = original.targetYjCodes;
            n.targetNames = original.targetNames;
            n.consultationDesk = original.consultationDesk;
            n.followsUp = new String[] {original.id.toString()};
            return n.<NoticeEntity>persist()
                    .call(saved -> Panache.getSession().chain(s -> audit.record(s, "notice.follow-up", saved.id.toString(), AuditTrail.SUCCESS)))
                    .map(saved -> RestResponse.ResponseBuilder.<NoticeView>created(URI.create("/api/v1/notices/" + saved.id))
                            .entity(NoticeView.of(saved)).build());
        });
    }

    @GET
    @Operation(summary = "Published and withdrawn notices, newest first; public",
            description = "The ministry publishes its notices (事務連絡): anyone may list them, without a token. Drafts "
                    + "and notices in review are never listed. Page with beforeIssuedOn (exclusive) and limit (at most 200).")
    @PermitAll
    @WithSession
    public Uni<List<NoticeView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("beforeIssuedOn") java.time.LocalDate beforeIssuedOn) {
        String query = "publishedAt is not null" + (beforeIssuedOn == null ? "" : " and issuedOn < ?1")
                + " order by issuedOn desc, publishedAt desc";
        var found = beforeIssuedOn == null ? NoticeEntity.<NoticeEntity>find(query)
                : NoticeEntity.<NoticeEntity>find(query, beforeIssuedOn);
        return regulatorCalling().chain(regulator -> found.page(0, limit).list()
                .map(list -> list.stream().map(n -> view(n, regulator)).toList()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A notice; published and withdrawn ones are public, drafts only for the regulator")
    @PermitAll
    @WithSession
    public Uni<NoticeView> get(@PathParam("id") UUID id) {
        return regulatorCalling().chain(regulator -> visible(id, regulator).map(n -> view(n, regulator)));
    }

    /** The regulator's staff who drafted and reviewed a notice are named to the regulator and admins only. */
    private static NoticeView view(NoticeEntity n, boolean regulator) {
        NoticeView v = NoticeView.of(n);
        return regulator ? v : v.withoutStaff();
    }

    /**
     * Whether the caller is the regulator or an admin. Public endpoints run on the event loop with lazy
     * authentication, so the identity is resolved without blocking.
     */
    private Uni<Boolean> regulatorCalling() {
        return identities.getDeferredIdentity().map(i -> i.hasRole(Roles.REGULATOR) || i.hasRole(Roles.ADMIN));
    }

    @GET
    @Path("/{id}/rendering")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @Operation(summary = "The notice rendered: format=print (printable page, traditional layout), html (as e-mailed) or text",
            description = "Public once published (the printUrl of every e-mail and webhook opens in a browser); drafts only for the regulator.")
    @PermitAll
    @WithSession
    public Uni<RestResponse<String>> rendering(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("print") String format) {
        NoticeRenderer.Format f;
        try {
            f = NoticeRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalidField("format", "must be print, html or text"));
        }
        return regulatorCalling().chain(regulator -> visible(id, regulator)).chain(n -> Panache.getSession().chain(s -> notices.toNotice(s, n)))
                .map(notice -> RestResponse.ResponseBuilder.ok(renderer.render(notice, f))
                        .type(f == NoticeRenderer.Format.TEXT ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8")
                        .build());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "The caller's organisation acknowledges a notice it received")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER})
    @WithTransaction
    public Uni<Void> acknowledge(@PathParam("id") UUID id) {
        String org = caller.org().orElseThrow();
        return Panache.getSession().chain(s -> inbox.acknowledgeCause(s, org, id).chain(found -> found
                ? audit.record(s, "notice.acknowledge", id.toString(), AuditTrail.SUCCESS)
                : Uni.createFrom().failure(ProblemException.notFound("notice " + id + " did not reach " + org))));
    }

    @GET
    @Path("/{id}/statistics")
    @Operation(summary = "Delivery and acknowledgement rates of a published notice")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @WithSession
    public Uni<Statistics> statistics(@PathParam("id") UUID id) {
        return find(id).chain(n -> Panache.getSession().chain(s -> fanOut.statistics(s, id)).map(r -> {
            long recipients = ((Number) r[0]).longValue();
            long delivered = ((Number) r[1]).longValue();
            long acknowledged = ((Number) r[3]).longValue();
            return new Statistics(id, n.status, recipients, delivered, ((Number) r[2]).longValue(), acknowledged,
                    recipients == 0 ? 0 : (double) delivered / recipients,
                    recipients == 0 ? 0 : (double) acknowledged / recipients, ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), n.fanoutMs);
        }));
    }

    private Uni<NoticeView> simple(UUID id, NoticeStatus.Action action, String auditAction) {
        return transition(id, action).chain(n -> record(n, auditAction));
    }

    private Uni<NoticeView> record(NoticeEntity n, String action) {
        return Panache.getSession().chain(s -> audit.record(s, action, n.id.toString(), AuditTrail.SUCCESS))
                .replaceWith(NoticeView.of(n));
    }

    /** Loads the notice locked for update and applies the action's status, or answers 409. */
    private Uni<NoticeEntity> transition(UUID id, NoticeStatus.Action action) {
        return Panache.getSession().chain(s -> s.find(NoticeEntity.class, id, LockMode.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no notice " + id))
                .chain(n -> n.noticeStatus().after(action)
                        .map(next -> {
                            boolean repeat = action == NoticeStatus.Action.PUBLISH && n.noticeStatus() == NoticeStatus.PUBLISHED;
                            if (!repeat && action != NoticeStatus.Action.PUBLISH && action != NoticeStatus.Action.WITHDRAW) {
                                n.status = next.name();
                                n.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                            }
                            return Uni.createFrom().item(n);
                        })
                        .orElseGet(() -> Uni.createFrom().failure(new ProblemException(409, "Conflict",
                                "a " + n.status + " notice cannot be " + verb(action), List.of()))));
    }

    private static String verb(NoticeStatus.Action action) {
        return switch (action) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted for review";
            case APPROVE -> "approved";
            case SEND_BACK -> "sent back";
            case PUBLISH -> "published";
            case WITHDRAW -> "withdrawn";
        };
    }

    private Uni<NoticeEntity> find(UUID id) {
        return NoticeEntity.<NoticeEntity>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no notice " + id));
    }

    /** Drafts are the regulator's; others see published and withdrawn notices only. */
    private Uni<NoticeEntity> visible(UUID id, boolean regulator) {
        return find(id).chain(n -> regulator || n.publishedAt != null ? Uni.createFrom().item(n)
                : Uni.createFrom().failure(ProblemException.notFound("no notice " + id)));
    }

    private Uni<Void> checkFollowsUp(NoticeRequest body) {
        if (body.followsUp() == null || body.followsUp().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NoticeEntity.<NoticeEntity>list("id in ?1", body.followsUp()).chain(found -> {
            long published = found.stream().filter(n -> n.publishedAt != null).count();
            return published == body.followsUp().size() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ProblemException.invalidField("followsUp",
                            "every followed notice must exist and have been published"));
        });
    }

    private static void fill(NoticeEntity n, NoticeRequest body) {
        n.addressees = body.addressees().toArray(String[]::new);
        n.addresseeOrgs = body.addresseeOrganisations() == null ? new String[0]
                : body.addresseeOrganisations().toArray(String[]::new);
        n.targetFacilityKinds = body.targetFacilityKinds() == null ? new String[0]
                : body.targetFacilityKinds().stream().map(Enum::name).distinct().toArray(String[]::new);
        n.issuer = body.issuer() == null || body.issuer().isBlank() ? Notice.DEFAULT_ISSUER : body.issuer();
        n.title = body.title();
        n.background = body.background();
        n.requests = body.requests().toArray(String[]::new);
        n.targetYjCodes = body.targetProducts().stream().map(NoticeRequest.TargetProduct::yjCode).toArray(String[]::new);
        n.targetNames = body.targetProducts().stream().map(p -> p.name() == null ? "" : p.name()).toArray(String[]::new);
        n.consultationDesk = body.consultationDesk();
        n.followsUp = body.followsUp() == null ? new String[0]
                : body.followsUp().stream().map(UUID::toString).toArray(String[]::new);
        n.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

}
