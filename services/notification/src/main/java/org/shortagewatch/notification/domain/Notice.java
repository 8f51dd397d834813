package org.shortagewatch.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation-request notice (事務連絡) with every part of its traditional structure, in order: date (in the
 * Japanese era), addressees, issuer, title, background, 記 with numbered requests, target products, consultation
 * desk, and the earlier notices it follows up (続報).
 */
public record Notice(UUID id, NoticeStatus status, LocalDate issuedOn, List<String> addressees, String issuer,
        String title, String background, List<String> requests, List<TargetProduct> targetProducts,
        String consultationDesk, List<FollowUp> followsUp) {

    /** The usual issuer: 厚生労働省医政局医薬産業振興・医療情報企画課. */
    public static final String DEFAULT_ISSUER = "厚生労働省医政局医薬産業振興・医療情報企画課";

    public record TargetProduct(String yjCode, String name) {
    }

    /** An earlier notice this one follows up, as it is cited: its date and title. */
    public record FollowUp(UUID id, LocalDate issuedOn, String title) {

        public String citation() {
            return (issuedOn == null ? "" : JapaneseDates.era(issuedOn) + "付け事務連絡") + "「" + title + "」";
        }
    }

    public Notice {
        addressees = List.copyOf(addressees);
        requests = List.copyOf(requests);
        targetProducts = List.copyOf(targetProducts);
        followsUp = List.copyOf(followsUp);
    }

    /** The date as the notice prints it: 令和8年12月1日 (or 未発出 before publication). */
    public String eraDate() {
        return issuedOn == null ? "（未発出）" : JapaneseDates.era(issuedOn);
    }
}
