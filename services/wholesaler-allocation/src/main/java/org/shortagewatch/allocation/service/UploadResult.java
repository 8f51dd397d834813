package org.shortagewatch.allocation.service;

import java.util.List;

import org.shortagewatch.allocation.domain.RecordKind;

/**
 * What an upload stored.
 *
 * @param records the records accepted (and stored, or replacing those with the same reference)
 * @param ingredients the ingredients they are about
 * @param recomputed the ingredients whose allocation and detection were recomputed because of them
 */
public record UploadResult(RecordKind kind, String wholesalerCode, int records, List<String> ingredients,
        List<String> recomputed) {
}
