package org.shortagewatch.allocation.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

/** A wholesaler's supply of a product for a period: its quota from the manufacturer, or what it has. */
public record SupplyRequest(
        @NotNull @Schema(example = "2026-12-01") LocalDate periodStart,
        @NotNull @Schema(example = "2026-12-31") LocalDate periodEnd,
        @NotNull @PositiveOrZero @Max(MAX_SUPPLY_UNITS)
        @Schema(description = "Units to allocate in the period (at most a billion)", example = "12000")
        Long supplyUnits,
        @NotNull @Pattern(regexp = WholesalerRecord.UNIT_PATTERN, message = "{shortagewatch.unit.format}")
        @Schema(description = "The product's counting unit", example = "錠", maxLength = WholesalerRecord.MAX_UNIT)
        String unit) {

    /** A billion units of one product for one wholesaler in a period: beyond any real supply, and a bound on sums. */
    public static final long MAX_SUPPLY_UNITS = 1_000_000_000L;

    /** Refuses a period that ends before it starts or is longer than a year. */
    void checkPeriod() {
        if (periodEnd.isBefore(periodStart)) {
            throw ProblemException.invalidField("periodEnd", Text.of("期間の終了日（periodEnd）は開始日（periodStart）以降にしてください",
                    "the period's end (periodEnd) must be on or after its start (periodStart)"));
        }
        if (periodEnd.isAfter(periodStart.plusDays(366))) {
            throw ProblemException.invalidField("periodEnd", Text.of("期間は 1 年以内にしてください",
                    "a period is at most a year long"));
        }
    }
}
