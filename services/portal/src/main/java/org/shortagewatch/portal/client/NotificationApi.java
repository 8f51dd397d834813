package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/** What notification answers and accepts, as far as the pages use it. */
public final class NotificationApi {

    private NotificationApi() {
    }

    @TemplateData
    public record TargetProduct(String yjCode, String name) {
    }

    @TemplateData
    public record Notice(UUID id, String status, int revision, LocalDate issuedOn, String issuedOnJapanese,
            List<String> addressees, String issuer, String title, String background, List<String> requests,
            List<TargetProduct> targetProducts, String consultationDesk, List<UUID> followsUp, Instant publishedAt,
            Instant withdrawnAt, String withdrawalReason) {
    }

    @TemplateData
    public record Facility(String code, String kind, String kindLabel, String prefectureCode, String name,
            String email, LocalTime quietStart, LocalTime quietEnd, boolean digest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacilityRequest(String kind, String name, String email, LocalTime quietStart, LocalTime quietEnd,
            Boolean digest) {
    }

    @TemplateData
    public record Subscription(UUID id, String facilityCode, String kind, String target, List<String> channels,
            String minSeverity, String webhookUrl, boolean active, String disabledReason, Instant createdAt,
            String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionRequest(String facilityCode, String kind, String target, List<String> channels,
            String minSeverity, String webhookUrl) {
    }

    @TemplateData
    public record InboxEntry(UUID id, UUID causeId, long position, String kind, String severity, String subject,
            String bodyText, JsonNode payload, Instant createdAt, Instant readAt, Instant acknowledgedAt) {

        /** A notice's entry (published or withdrawn) rather than an alert. */
        public boolean isNotice() {
            return kind != null && kind.toUpperCase(java.util.Locale.ROOT).startsWith("NOTICE");
        }

        /** The message in the page's language (the payload's messageJa or messageEn), else the plain text. */
        public String text(boolean english) {
            String message = data(english ? "messageEn" : "messageJa");
            return message != null ? message : bodyText;
        }

        /** The product an alert is about, if it is about one. */
        public String yjCode() {
            return data("yjCode");
        }

        /** The product's name if the alert carries it. */
        public String productName() {
            return data("productName");
        }

        /** The product's new shipment response, for a supply-status alert. */
        public String shipmentResponse() {
            return data("shipmentResponse");
        }

        /** The notice an entry carries, for a notice. */
        public String noticeId() {
            return data("noticeId");
        }

        /**
         * The title in the page's language (an alert's titleJa or titleEn), else a notice's title, else the subject
         * (which an alert's e-mail writes in Japanese, then English).
         */
        public String title(boolean english) {
            String title = data(english ? "titleEn" : "titleJa");
            if (title == null) {
                title = data("title");
            }
            return title != null ? title : subject;
        }

        /** A notice's entry telling of its withdrawal (撤回). */
        public boolean isWithdrawal() {
            return isNotice() && "WITHDRAWN".equals(data("status"));
        }

        /** The notices that some of {@code entries} tell of as withdrawn: each of their entries is marked 撤回. */
        public static Set<String> withdrawnNotices(List<InboxEntry> entries) {
            return entries.stream().filter(InboxEntry::isWithdrawal).map(InboxEntry::noticeId)
                    .collect(Collectors.toSet());
        }

        /** A wholesaler's allocation plan, whose quota lines the facility reads on its quotas page. */
        public boolean isAllocation() {
            return "ALLOCATION".equals(kind);
        }

        private String data(String field) {
            if (payload == null) {
                return null;
            }
            JsonNode v = payload.path("data").path(field);
            return v.isTextual() ? v.asText() : null;
        }
    }
}
