package org.shortagewatch.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.YjCodes;

/**
 * The national refresh's data (scenario refresh), all of it computed, none of it random:
 * <ul>
 *   <li>the national list: {@code rows} products in groups of {@code groupSize} of one ingredient, form and strength
 *       (the first 9 characters of the YJ code: what notification calls alternatives), held by {@code makers}
 *       manufacturers in turn, so a group's brands are of different makers; the baseline statuses in the 2023-11
 *       survey's proportions ({@link NationalList#response});</li>
 *   <li>the changed list, in which {@code changes} rows change: a quarter move into shortage (from normal shipment
 *       to limited shipment or a stop), a quarter back to normal shipment, the rest from one kind of shortage to
 *       another. At most one product of a group moves into or out of normal shipment, so which alternatives a move
 *       into shortage warns (those shipping normally) does not depend on the order the events are applied in;</li>
 *   <li>who follows what: {@code facilities} pharmacies, each following {@code follows} products spread over the
 *       list (every product followed by as many, give or take one), the first {@code webhookFacilities} of them by
 *       webhook and inbox, the others by inbox (their formulary); and one more facility, {@link #SSE_FACILITY},
 *       following every product by server-sent events alone.</li>
 * </ul>
 * From these, {@link #expected()}: what notification must deliver for the refresh.
 */
final class RefreshData {

    /** What the refresh does to a row. */
    enum Change { NONE, INTO_SHORTAGE, BACK_TO_NORMAL, WITHIN_SHORTAGE }

    /** The sizes of a run. */
    record Sizes(int rows, int groupSize, int makers, int changes, int facilities, int follows, int webhookFacilities) {
    }

    /**
     * What the refresh must deliver: an inbox row per facility and alert about a product it follows, a webhook per
     * webhook facility and such alert, a server-sent event per alert to the follower of every product. Alerts: one
     * per change, and one demand-shift warning per product that ships normally beside one moving into shortage.
     */
    record Expected(int changes, long warnings, long inbox, long webhooks, long sse) {
    }

    /** The scenario's YJ-code series (each scenario has its own; see {@link Products}). */
    static final int SERIES = 7;

    /** The facility that follows every product by server-sent events alone; the run reads its stream. */
    static final String SSE_FACILITY = FacilityCodes.withCheckDigit("474999998");

    private static final ShipmentResponse[] SHORT = {ShipmentResponse.LIMITED_OWN_REASONS,
            ShipmentResponse.LIMITED_OTHER_COMPANY, ShipmentResponse.LIMITED_OTHER, ShipmentResponse.STOPPED};

    final Sizes sizes;
    private final ShipmentResponse[] before;
    private final ShipmentResponse[] after;
    private final Change[] change;
    private final int stride;
    private final int[] followers;
    private final int[] webhookFollowers;

    RefreshData(Sizes sizes) {
        if (sizes.groupSize() < 1 || sizes.groupSize() > 99 || sizes.follows() > sizes.rows()) {
            throw new IllegalArgumentException("a group holds 1-99 products; a facility follows at most every product");
        }
        this.sizes = sizes;
        int rows = sizes.rows();
        before = new ShipmentResponse[rows];
        after = new ShipmentResponse[rows];
        change = new Change[rows];
        for (int i = 0; i < rows; i++) {
            before[i] = NationalList.response(i);
            after[i] = before[i];
            change[i] = Change.NONE;
        }
        int s = 7_919; // a prime; the stride that spreads changes and followed products over the list
        while (BigInteger.valueOf(s).gcd(BigInteger.valueOf(rows)).intValue() != 1) {
            s += 2;
        }
        stride = s;
        chooseChanges();
        followers = new int[rows];
        webhookFollowers = new int[rows];
        for (int f = 0; f < sizes.facilities(); f++) {
            for (int k = 0; k < sizes.follows(); k++) {
                int p = followed(f, k);
                followers[p]++;
                if (f < sizes.webhookFacilities()) {
                    webhookFollowers[p]++;
                }
            }
        }
    }

    private void chooseChanges() {
        int into = sizes.changes() / 4;
        int back = sizes.changes() / 4;
        int within = sizes.changes() - into - back;
        boolean[] movedNormal = new boolean[(sizes.rows() + sizes.groupSize() - 1) / sizes.groupSize()];
        for (int j = 0; j < sizes.rows() && into + back + within > 0; j++) {
            int i = (int) ((long) j * stride % sizes.rows());
            int group = i / sizes.groupSize();
            if (before[i] == ShipmentResponse.NORMAL) {
                if (into > 0 && !movedNormal[group]) {
                    movedNormal[group] = true;
                    set(i, Change.INTO_SHORTAGE, SHORT[i % SHORT.length]);
                    into--;
                }
            } else if (back > 0 && !movedNormal[group]) {
                movedNormal[group] = true;
                set(i, Change.BACK_TO_NORMAL, ShipmentResponse.NORMAL);
                back--;
            } else if (within > 0) {
                int k = List.of(SHORT).indexOf(before[i]);
                set(i, Change.WITHIN_SHORTAGE, SHORT[(k + 1) % SHORT.length]);
                within--;
            }
        }
    }

    private void set(int i, Change kind, ShipmentResponse response) {
        change[i] = kind;
        after[i] = response;
    }

    /** The k-th product facility f follows: consecutive numbers times a stride prime to the list's length. */
    private int followed(int f, int k) {
        return (int) (((long) f * sizes.follows() + k) % sizes.rows() * stride % sizes.rows());
    }

    /** Product i: group i / groupSize as ingredient (6 digits) and strength (1), brand i % groupSize, form F. */
    String yjCode(int i) {
        int group = i / sizes.groupSize();
        return YjCodes.withCheckCharacter(
                String.format("%d%06dF%d%02d", SERIES, group / 10, group % 10, i % sizes.groupSize()));
    }

    static String makerCode(int m) {
        return String.format("REFRESH%02d", m + 1);
    }

    static String makerName(int m) {
        return String.format("ベンチ%02d製薬株式会社", m + 1);
    }

    /** Facility f: a pharmacy in prefecture 1 + f % 47 whose serial no other scenario uses. */
    static String facility(int f) {
        return FacilityCodes.withCheckDigit(String.format("%02d4%06d", 1 + f % 47, 700_000 + f / 47));
    }

    /** The YJ codes facility f follows. */
    List<String> followedBy(int f) {
        List<String> codes = new ArrayList<>(sizes.follows());
        for (int k = 0; k < sizes.follows(); k++) {
            codes.add(followedBy(f, k));
        }
        return codes;
    }

    /** The YJ code of the k-th product facility f follows. */
    String followedBy(int f, int k) {
        return yjCode(followed(f, k));
    }

    /** Every product's YJ code, in list order. */
    List<String> yjCodes() {
        List<String> codes = new ArrayList<>(sizes.rows());
        for (int i = 0; i < sizes.rows(); i++) {
            codes.add(yjCode(i));
        }
        return codes;
    }

    /** How many rows of each kind of change the changed list holds. */
    int changed(Change kind) {
        int n = 0;
        for (Change c : change) {
            n += c == kind ? 1 : 0;
        }
        return n;
    }

    Expected expected() {
        int changes = 0;
        long warnings = 0;
        long inbox = 0;
        long webhooks = 0;
        for (int i = 0; i < sizes.rows(); i++) {
            if (change[i] == Change.NONE) {
                continue;
            }
            changes++;
            inbox += followers[i];
            webhooks += webhookFollowers[i];
            if (change[i] != Change.INTO_SHORTAGE) {
                continue;
            }
            int first = i / sizes.groupSize() * sizes.groupSize();
            for (int q = first; q < Math.min(first + sizes.groupSize(), sizes.rows()); q++) {
                if (q != i && after[q] == ShipmentResponse.NORMAL) {
                    warnings++;
                    inbox += followers[q];
                    webhooks += webhookFollowers[q];
                }
            }
        }
        return new Expected(changes, warnings, inbox, webhooks, changes + warnings);
    }

    /** Writes maker m's part of the list, before the refresh or after it, as the maker uploads it. */
    Path writeList(Path dir, int m, boolean changed, LocalDate today) throws IOException {
        List<NationalList.Row> rows = new ArrayList<>();
        for (int i = m; i < sizes.rows(); i += sizes.makers()) {
            rows.add(new NationalList.Row(yjCode(i), i, makerName(m), changed ? after[i] : before[i]));
        }
        Files.createDirectories(dir);
        Path file = dir.resolve((changed ? "changed-" : "baseline-") + makerCode(m) + ".csv");
        NationalList.write(file, rows, today);
        return file;
    }
}
