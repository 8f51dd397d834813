package org.shortagewatch.report.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/**
 * Products in limited shipment (any of the three kinds) and in supply stop on a day, by their reason (⑭限定出荷等の
 * 理由): one line per reason in the national list's code order, every reason listed even when no product gives it,
 * and a line for products whose status states no reason when there are any.
 */
public final class ReasonBreakdown {

    /** How many products with a response gave a reason ({@code null}: none stated) on the day. */
    public record Count(ShipmentResponse response, ShortageReason reason, long products) {
    }

    /** One reason's line; {@code reason} null for the products that state none. */
    public record Line(ShortageReason reason, long limited, long stopped) {
    }

    /** Every reason's line and the totals (every limited and every stopped product). */
    public record Table(List<Line> byReason, Line total) {
    }

    private ReasonBreakdown() {
    }

    /** The table; counts of products in normal shipment are ignored (they carry no reason). */
    public static Table of(List<Count> counts) {
        Map<ShortageReason, long[]> lines = new EnumMap<>(ShortageReason.class);
        for (ShortageReason reason : ShortageReason.values()) {
            lines.put(reason, new long[2]);
        }
        long[] unstated = new long[2];
        long[] total = new long[2];
        for (Count count : counts) {
            if (!count.response().isShort()) {
                continue;
            }
            int column = count.response() == ShipmentResponse.STOPPED ? 1 : 0;
            (count.reason() == null ? unstated : lines.get(count.reason()))[column] += count.products();
            total[column] += count.products();
        }
        List<Line> byReason = new ArrayList<>();
        lines.forEach((reason, n) -> byReason.add(new Line(reason, n[0], n[1])));
        if (unstated[0] + unstated[1] > 0) {
            byReason.add(new Line(null, unstated[0], unstated[1]));
        }
        return new Table(byReason, new Line(null, total[0], total[1]));
    }
}
