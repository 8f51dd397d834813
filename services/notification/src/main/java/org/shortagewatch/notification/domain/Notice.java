package org.shortagewatch.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** The mark of a follow-up's title, and its number after the first (（続報）, （続報２）, （続報３）...). */
    private static final Pattern FOLLOW_UP_MARK = Pattern.compile("^(.*)（続報([０-９]*)）$");

    public record TargetProduct(String yjCode, String name) {
    }

    /** A follow-up's title: the title with （続報）, or the next number for a follow-up of a follow-up. */
    public static String followUpTitle(String title) {
        Matcher m = FOLLOW_UP_MARK.matcher(title);
        if (!m.matches()) {
            return title + "（続報）";
        }
        int next = m.group(2).isEmpty() ? 2 : Integer.parseInt(m.group(2)) + 1; // parseInt reads full-width digits
        return m.group(1) + "（続報" + Integer.toString(next).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(Collectors.joining()) + "）";
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
