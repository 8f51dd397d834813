package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cooperation-request notice (事務連絡) published or withdrawn by the regulator (schema
 * {@code cooperation-request-notice.v1.json}), with every part of its structure in order.
 *
 * @param noticeId the notice (record key and CloudEvents subject)
 * @param revision 1 for the publication, 2 for a withdrawal
 * @param status PUBLISHED or WITHDRAWN
 * @param issuedOn 発出日
 * @param issuedOnJapanese the date in the Japanese era, as printed
 * @param addressees 宛先, as printed
 * @param issuer 発出者
 * @param title 件名
 * @param background the background, with supply figures
 * @param requests the numbered requests under 記
 * @param targetProducts 対象医薬品
 * @param consultationDesk 照会先
 * @param followsUp the notices this one follows up (続報)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CooperationRequestNotice(
        UUID noticeId,
        int revision,
        Status status,
        LocalDate issuedOn,
        String issuedOnJapanese,
        List<String> addressees,
        String issuer,
        String title,
        String background,
        List<String> requests,
        List<TargetProduct> targetProducts,
        String consultationDesk,
        List<UUID> followsUp,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawalReason) {

    public enum Status { PUBLISHED, WITHDRAWN }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetProduct(String yjCode, String name) {
    }

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.notice.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "notices";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/cooperation-request-notice.v1.json";
}
