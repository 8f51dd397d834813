package org.shortagewatch.allocation.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number of units in proportion to weights so that the parts are whole and add up exactly to the
 * total (Hamilton's largest-remainder method): each part is first rounded down, then the units left over go one each
 * to the largest remainders. Ties go to the larger weight, then to the earlier position, so the split is
 * deterministic.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** The parts of {@code total} in proportion to {@code weights}; all zero when the weights add up to zero. */
    public static long[] split(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("cannot split a negative total " + total);
        }
        long[] parts = new long[weights.length];
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0 || total == 0) {
            return parts;
        }
        BigInteger bigTotal = BigInteger.valueOf(total);
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = bigTotal.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = total - given; // fewer than weights.length
        Integer[] order = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> weights[i]).reversed())
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }
}
