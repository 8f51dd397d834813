package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.NoticeForm;
import org.shortagewatch.portal.domain.NoticeStage;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

/**
 * What notification answers and accepts on the regulator's notice pages: a notice as the regulator drafts it, the
 * notice with its workflow (drafter, reviewer, the reviewer's comment), and how far a published notice got (unknown
 * fields are ignored).
 */
public final class RegulatorApi {

    private RegulatorApi() {
    }

    /**
     * A notice as the form states it, each field as typed (blank ones absent): the service checks every field and
     * names the one it refuses. Notices followed up are sent as typed, so a mistyped id is named too.
     */
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoticeDraft(List<String> addressees, List<String> addresseeOrganisations,
            List<String> targetFacilityKinds, String issuer, String title, String background, List<String> requests,
            List<NotificationApi.TargetProduct> targetProducts, String consultationDesk, List<String> followsUp) {

        /** The draft the form states; what is blank is absent. */
        public static NoticeDraft of(NoticeForm f) {
            return new NoticeDraft(f.addresseeList(), f.organisationList(), f.kinds(), FormInput.text(f.issuer()),
                    FormInput.text(f.title()), FormInput.text(f.background()), f.requestList(),
                    f.targetList().stream().map(t -> new NotificationApi.TargetProduct(t.yjCode(), t.name())).toList(),
                    FormInput.text(f.consultationDesk()), f.followsUpList());
        }
    }

    /** A notice as the regulator reads it: with its workflow's people and the reviewer's comment. */
    @TemplateData
    public record Notice(UUID id, String status, int revision, LocalDate issuedOn, List<String> addressees,
            List<String> addresseeOrganisations, List<String> targetFacilityKinds, String issuer, String title,
            String background, List<String> requests, List<NotificationApi.TargetProduct> targetProducts,
            String consultationDesk, List<UUID> followsUp, String draftedBy, String draftedByName, String reviewedBy,
            String reviewedByName, String reviewComment, Instant publishedAt, Instant withdrawnAt,
            String withdrawalReason, Integer recipients, Map<String, String> addresseeOrganisationNames) {

        /** The organisations it is sent to, in the order stated, each with its name where notification knows it. */
        public List<Organisation> organisations() {
            Map<String, String> names = addresseeOrganisationNames == null ? Map.of() : addresseeOrganisationNames;
            return addresseeOrganisations == null ? List.of() : addresseeOrganisations.stream()
                    .map(code -> new Organisation(code, names.get(code))).toList();
        }

        /** The codes of the organisations it is sent to whose names notification does not know (a wholesaler's). */
        public List<String> unnamedOrganisations() {
            return organisations().stream().filter(o -> o.name() == null).map(Organisation::code).toList();
        }

        /** Who drafted it, by name where the sign-in gave one, else by login id. */
        public String drafter() {
            return draftedByName != null ? draftedByName : draftedBy;
        }

        /** Who approved it, likewise; null while nobody has. */
        public String approver() {
            return reviewedByName != null ? reviewedByName : reviewedBy;
        }

        /** Where it stands in the workflow, and which steps that allows. */
        public NoticeStage stage() {
            return NoticeStage.of(status);
        }

        /** Its fields as the drafting form shows them. */
        public NoticeForm form() {
            return NoticeForm.of(addressees, addresseeOrganisations, targetFacilityKinds, issuer, title, background,
                    requests, targetProducts == null ? null : targetProducts.stream()
                            .map(t -> new NoticeForm.Target(t.yjCode(), t.name())).toList(),
                    consultationDesk, followsUp == null ? null : followsUp.stream().map(UUID::toString).toList());
        }
    }

    /** An organisation by its code, and by its name when one is known (null otherwise). */
    @TemplateData
    public record Organisation(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SendBack(String comment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Withdrawal(String reason) {
    }

    /** A published notice's totals: recipients, delivered, read, acknowledged, and the rates (fractions). */
    @TemplateData
    public record Statistics(UUID noticeId, String status, long recipients, long delivered, long read,
            long acknowledged, double deliveryRate, double acknowledgementRate) {
    }

    /** One period since publication: its start and the running totals by its end. */
    @TemplateData
    public record Point(Instant at, long delivered, long acknowledged) {
    }

    /** Delivered and acknowledged over time, one point per HOUR, DAY or WEEK since publication. */
    public record Timeline(UUID noticeId, String status, Instant publishedAt, long recipients, String bucket,
            List<Point> points) {
    }

    /** A recipient that has not acknowledged: its facility's name and kind when it is a facility. */
    @TemplateData
    public record Addressee(String code, String name, String kind, String prefectureCode, Instant deliveredAt,
            Instant readAt) {
    }

    @TemplateData
    public record AddresseePage(List<Addressee> items, int page, int size, long totalItems, long totalPages) {

        /** The codes of this page's recipients whose names notification does not know (a wholesaler's). */
        public List<String> unnamed() {
            return items.stream().filter(a -> a.name() == null).map(Addressee::code).toList();
        }
    }
}
