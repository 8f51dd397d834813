package org.shortagewatch.portal.domain;

/**
 * A list's page number as a link carries it ({@code ?page=}): a whole number from 1; anything else a hand-edited or
 * truncated link may carry (none, {@code abc}, {@code 1.5}, {@code -1}, a number past any page) reads as page 1,
 * never as a blank "not found". JAX-RS makes one of a query parameter with {@link #fromString(String)}; a resource
 * declares it {@code @QueryParam("page") PageNumber page} and asks {@link #of(PageNumber)}.
 */
public record PageNumber(int number) {

    public static final PageNumber FIRST = new PageNumber(1);

    public PageNumber {
        number = Math.max(1, number);
    }

    /** The page a parameter names, page 1 for anything that is not a whole number from 1. */
    public static PageNumber fromString(String param) {
        if (param == null) {
            return FIRST;
        }
        try {
            return new PageNumber(Integer.parseInt(FormInput.normalised(param)));
        } catch (NumberFormatException notOne) {
            return FIRST;
        }
    }

    /** The page number, 1 when the link carried none. */
    public static int of(PageNumber page) {
        return page == null ? 1 : page.number();
    }
}
