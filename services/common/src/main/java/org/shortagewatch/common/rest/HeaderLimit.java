package org.shortagewatch.common.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * A request whose header section is larger than {@code shortagewatch.http.max-header-size} (20 KiB) is answered 431
 * as problem+json, naming its largest header, in the caller's language. The HTTP codec's own limit
 * ({@code quarkus.http.limits.max-header-size}) is set above this one in common's configuration, so such a request
 * reaches this route: Quarkus offers no way to answer the codec's refusals, which go out as a bare status
 * (431 for a header section beyond the codec's limit, 400 for a header line the codec cannot read, such as one with a
 * lone CR or LF in it).
 */
@ApplicationScoped
public class HeaderLimit {

    static final String LIMIT = "shortagewatch.http.max-header-size";
    static final long DEFAULT_LIMIT = 20 * 1024;

    void install(@Observes Router router, ObjectMapper json) {
        long max = ConfigProvider.getConfig().getOptionalValue(LIMIT, MemorySize.class)
                .map(MemorySize::asLongValue).orElse(DEFAULT_LIMIT);
        router.route().order(SecurityHeaders.ROUTE_ORDER + 1).handler(context -> {
            MultiMap headers = context.request().headers();
            if (sizeOf(headers) > max) {
                String largest = largestOf(headers);
                Text detail = Text.of("リクエストヘッダーは合わせて " + max + " バイトまでです（最大のものは " + largest + "）",
                        "the request's headers may be at most " + max + " bytes together (the largest is "
                                + largest + ")");
                EarlyRefusal.send(context, json, 431, "Request Header Fields Too Large", detail,
                        new Problem.FieldError(largest, null, "too large: the headers may be at most " + max
                                + " bytes together", null, null, "大きすぎます（ヘッダーは合わせて " + max + " バイトまで）"));
                return;
            }
            context.next();
        });
    }

    /** The header section's size as the codec counts it: each line's name, separator and value. */
    static long sizeOf(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += lineLength(header);
        }
        return size;
    }

    /** The name of the header with the longest line. */
    static String largestOf(MultiMap headers) {
        Map.Entry<String, String> largest = null;
        for (Map.Entry<String, String> header : headers) {
            if (largest == null || lineLength(header) > lineLength(largest)) {
                largest = header;
            }
        }
        return largest == null ? "(headers)" : largest.getKey();
    }

    private static long lineLength(Map.Entry<String, String> header) {
        return header.getKey().length() + 2L + header.getValue().length();
    }
}
