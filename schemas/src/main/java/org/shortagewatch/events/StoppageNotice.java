package org.shortagewatch.events;

/**
 * Which status change is a stoppage notice (出荷停止等の届出, 薬機法18条の4 as amended in 2025): supply stopped, or a
 * shipment volume of C (出荷停止) or D (販売中止・薬価削除予定). One rule for manufacturer-report, which records the
 * flag with each change, and for the restore drill, which writes changes back from their events. In report, a notice
 * names the holder's supply-system manager as the appointment stood when it was recorded; a notice without one is
 * recorded all the same (a stop must never be hidden from pharmacies because paperwork is missing) and shows
 * {@code managerNamed: false}.
 */
public final class StoppageNotice {

    private StoppageNotice() {
    }

    public static boolean applies(ShipmentResponse response, ShipmentVolume volume) {
        return response == ShipmentResponse.STOPPED || volume == ShipmentVolume.C || volume == ShipmentVolume.D;
    }
}
