package org.shortagewatch.portal.domain;

import java.util.Locale;

/**
 * The three services an operator looks after, as the admin pages name them: the path segment of their pages
 * ({@code /admin/audit/report}) and the message key of their names. Each keeps its own audit trail and dead letters.
 */
public enum BackendService {
    REPORT("report"), ALLOCATION("allocation"), NOTIFICATION("notification");

    private final String path;

    BackendService(String path) {
        this.path = path;
    }

    /** The path segment of the service's pages. */
    public String path() {
        return path;
    }

    /** The message key of the service's name ({@code serviceREPORT}). */
    public String messageKey() {
        return "service" + name();
    }

    /** The service a path segment names, or null when it names none. */
    public static BackendService of(String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip().toLowerCase(Locale.ROOT);
        for (BackendService s : values()) {
            if (s.path.equals(p)) {
                return s;
            }
        }
        return null;
    }
}
