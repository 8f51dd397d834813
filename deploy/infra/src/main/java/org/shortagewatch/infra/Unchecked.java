package org.shortagewatch.infra;

import java.util.concurrent.CompletionException;

/** Lets code that throws checked exceptions run where a plain supplier is needed (e.g. {@code supplyAsync}). */
public final class Unchecked {

    /** A supplier that may throw. */
    @FunctionalInterface
    public interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private Unchecked() {
    }

    /** Runs the supplier; a checked exception comes out as a {@link CompletionException} around it. */
    public static <T> T get(ThrowingSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
