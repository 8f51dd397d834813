package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * The regulator's notice form as typed: each list one item a line (addressees, the requests under 記, target products
 * as "YJ code, then the name", notices followed up by id), what the service is sent made from it, and a new draft's
 * usual first values. Blank lines are no items; the service checks the rest and names what it refuses.
 */
public record NoticeForm(String addressees, String addresseeOrganisations, List<String> kinds, String issuer,
        String title, String background, String requests, String targetProducts, String consultationDesk,
        String followsUp) {

    /** The usual addressees of a cooperation request: the prefectures' health departments. */
    public static final String USUAL_ADDRESSEES = "各都道府県衛生主管部（局）御中";
    /** The usual issuer and consultation desk: the ministry's division for pharmaceutical industry. */
    public static final String USUAL_ISSUER = "厚生労働省医政局医薬産業振興・医療情報企画課";

    /** A target product as typed: its YJ code (in capitals) and the name after it, if any. */
    public record Target(String yjCode, String name) {
    }

    public NoticeForm {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** A new draft: addressed to the prefectures, from the usual issuer and desk; everything else to be typed. */
    public static NoticeForm blank() {
        return new NoticeForm(USUAL_ADDRESSEES, "", List.of(), USUAL_ISSUER, "", "", "", "", USUAL_ISSUER, "");
    }

    /** A saved notice's fields as the form shows them, one item a line. */
    public static NoticeForm of(List<String> addressees, List<String> organisations, List<String> kinds,
            String issuer, String title, String background, List<String> requests, List<Target> targets,
            String consultationDesk, List<String> followsUp) {
        return new NoticeForm(join(addressees), join(organisations), kinds, issuer, title, background, join(requests),
                join(targets == null ? null : targets.stream()
                        .map(t -> t.name() == null ? t.yjCode() : t.yjCode() + " " + t.name()).toList()),
                consultationDesk, join(followsUp));
    }

    public List<String> addresseeList() {
        return lines(addressees);
    }

    public List<String> organisationList() {
        return lines(addresseeOrganisations).stream().map(FormInput::code).toList();
    }

    public List<String> requestList() {
        return lines(requests);
    }

    public List<String> followsUpList() {
        return lines(followsUp);
    }

    /** Each line's first word is the YJ code, the rest (after spaces, a tab or a comma) the name. */
    public List<Target> targetList() {
        return lines(targetProducts).stream().map(line -> {
            String[] parts = line.split("[\\s,、　]+", 2);
            return new Target(FormInput.code(parts[0]), parts.length > 1 ? FormInput.text(parts[1]) : null);
        }).toList();
    }

    /** Whether this kind of facility is chosen (every facility of it receives the notice). */
    public boolean hasKind(String kind) {
        return kinds.contains(kind);
    }

    /** The non-blank lines of a field, stripped. */
    static List<String> lines(String field) {
        return field == null ? List.of() : field.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String join(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }
}
