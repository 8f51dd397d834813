package org.shortagewatch.portal.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.AdminApi;
import org.shortagewatch.portal.domain.AuditQuery;
import org.shortagewatch.portal.domain.AuditVerdict;
import org.shortagewatch.portal.domain.BackendService;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.Authenticated;

/**
 * The audit trails ({@code /admin/audit}): every service's check of its hash chain, said plainly, with its newest
 * rows; and one service's rows ({@code /admin/audit/{service}}) as many and from where its API allows. A service's
 * refusal or absence is shown in its own place; the others are shown as they are.
 */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminAuditPages extends AdminPage {

    /** The newest rows each service shows on the overview. */
    static final int OVERVIEW_ROWS = 10;

    @Inject
    Template adminAudit;

    @Inject
    Template adminAuditService;

    /** One service's trail as a page shows it: its check and rows, or what kept them from the page. */
    @TemplateData
    public record Trail(BackendService service, AuditVerdict verdict, List<AdminApi.AuditEntry> entries,
            Long olderThan, Refusal error) {
    }

    @GET
    public Response overview() {
        List<Trail> trails = new ArrayList<>();
        for (BackendService s : BackendService.values()) {
            trails.add(trail(s, new AuditQuery(OVERVIEW_ROWS, null)));
        }
        return pages.ok(adminAudit.data("trails", trails));
    }

    @GET
    @Path("{service}")
    public Response service(@PathParam("service") String name, @QueryParam("limit") String limit,
            @QueryParam("beforeId") String beforeId) {
        BackendService s = BackendService.of(name);
        if (s == null) {
            return pages.refusal(new Refusal(404, name));
        }
        AuditQuery query = AuditQuery.of(limit, beforeId);
        Trail trail = trail(s, query);
        return pages.ok(adminAuditService.data("trail", trail).data("query", query)
                .data("services", BackendService.values()));
    }

    private Trail trail(BackendService s, AuditQuery query) {
        try {
            AuditVerdict verdict = service(s).verification();
            List<AdminApi.AuditEntry> entries = service(s).audit(query.limit(), query.beforeId());
            return new Trail(s, verdict, entries,
                    query.olderThan(entries.stream().map(AdminApi.AuditEntry::id).toList()), null);
        } catch (RuntimeException failure) {
            return new Trail(s, null, List.of(), null, Refusal.of(failure));
        }
    }
}
