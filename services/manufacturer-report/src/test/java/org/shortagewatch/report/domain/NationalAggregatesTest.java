package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.NationalAggregates.CategoryLine;
import org.shortagewatch.report.domain.NationalAggregates.Count;

class NationalAggregatesTest {

    @Test
    void bothTablesAddUpByCategoryAndInAll() {
        NationalAggregates.Tables t = NationalAggregates.of(CountTable.read(ProductCategory.class,
                ShipmentResponse.class, """
                        GENERIC: NORMAL 10, LIMITED_OWN_REASONS 3, STOPPED 2
                        BRAND: LIMITED_OTHER_COMPANY 4, LIMITED_OTHER 1
                        -: STOPPED 7
                        """, Count::new), 30);
        assertEquals(27, t.total());
        assertEquals(10L, t.byResponse().get(ShipmentResponse.NORMAL));
        assertEquals(9L, t.byResponse().get(ShipmentResponse.STOPPED));
        assertEquals(List.of(new CategoryLine(ProductCategory.BRAND, 0, 0, 4, 1, 5, 0),
                new CategoryLine(ProductCategory.GENERIC, 10, 3, 0, 0, 3, 2), new CategoryLine(null, 0, 0, 0, 0, 0, 7)),
                t.byCategory());
        assertEquals(new CategoryLine(null, 10, 3, 4, 1, 8, 9), t.categoryTotal());
        assertEquals(30, t.surveyed());
        assertEquals(3, t.nonResponders());
    }
}
