package org.shortagewatch.bench;

import java.util.List;

/**
 * One portal page of scenario (f): its figure key, its label, its address, whether it needs the session's user (then
 * a page that lands elsewhere, at the provider's login, is a failure), and the service calls it makes: the same data
 * asked of the services directly, one after another or, for a page that makes them together, all at once
 * ({@code callsAtOnce}), which is what the page cannot be faster than. {@code callsNote} says what those calls leave
 * out, if anything.
 */
record PortalPage(String key, String label, String path, boolean signedIn, List<Call> calls, String callsNote,
        boolean callsAtOnce) {

    PortalPage(String key, String label, String path, boolean signedIn, List<Call> calls) {
        this(key, label, path, signedIn, calls, "", false);
    }

    PortalPage(String key, String label, String path, boolean signedIn, List<Call> calls, String callsNote) {
        this(key, label, path, signedIn, calls, callsNote, false);
    }

    /** The same page, whose calls are made all at once. */
    PortalPage withCallsAtOnce() {
        return new PortalPage(key, label, path, signedIn, calls, callsNote, true);
    }

    /** The service a call goes to. */
    enum Service {
        REPORT, ALLOCATION, NOTIFICATION
    }

    /**
     * One service call as the page makes it: {@code signed} when the page sends the user's token (the portal's clients
     * with {@code @AccessToken}), asking for {@code accept} (JSON, or HTML for a notice's printable page).
     */
    record Call(Service service, String path, boolean signed, String accept) {

        static final String JSON = "application/json";

        /** A call without a token (the public reads). */
        static Call open(Service service, String path) {
            return new Call(service, path, false, JSON);
        }

        /** A call with the user's token. */
        static Call signed(Service service, String path) {
            return new Call(service, path, true, JSON);
        }

        /** The same call asking for HTML. */
        Call html() {
            return new Call(service, path, signed, "text/html");
        }
    }
}
