package org.shortagewatch.common.ratelimit;

import org.shortagewatch.common.config.LoadSheddingSettings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemTitles;
import org.shortagewatch.common.rest.SecurityHeaders;
import org.shortagewatch.common.rest.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the writes a service works on at once. A write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}
 * under {@code /api/}) that arrives while {@code shortagewatch.load-shedding.max-in-flight} others (128 by default)
 * are still being answered is refused at once with {@code 503 Service Unavailable}, problem+json and
 * {@code Retry-After: 1}, before it is read or authenticated, so it changes nothing and costs next to nothing.
 *
 * <p>Without a bound, an overloaded service queues every write for a database connection until the pool's
 * 30-second acquisition timeout fails it; a client learns nothing for half a minute, and a connection handed to a
 * waiter in the same instant it times out is lost to the pool for good (the pool of this Vert.x SQL client does not
 * recycle it), until no connection is left. With the bound, the queue stays short: writes are answered or refused
 * within about a second, and a client with an {@code Idempotency-Key} retries safely.
 *
 * <p>{@code 0} turns it off. Refusals are counted by {@code shortagewatch.load_shedding.refused}; the writes in
 * flight are the gauge {@code shortagewatch.load_shedding.in_flight}.
 */
@ApplicationScoped
public class LoadShedding {

    public static final String PROBLEM_TYPE = "https://shortagewatch.org/problems/overloaded";
    private static final Logger LOG = Logger.getLogger(LoadShedding.class);

    /** The count of writes in flight against a bound; thread-safe. */
    static final class InFlight {
        private final int max;
        private final AtomicInteger current = new AtomicInteger();

        InFlight(int max) {
            this.max = max;
        }

        /** Counts one more write in, unless the bound is reached. */
        boolean tryEnter() {
            int now;
            do {
                now = current.get();
                if (now >= max) {
                    return false;
                }
            } while (!current.compareAndSet(now, now + 1));
            return true;
        }

        void exit() {
            current.decrementAndGet();
        }

        int current() {
            return current.get();
        }
    }

    void install(@Observes Router router, ObjectMapper json, MeterRegistry meters, LoadSheddingSettings settings) {
        int maxInFlight = settings.maxInFlight();
        if (maxInFlight <= 0) {
            LOG.info("load shedding off: writes queue without bound");
            return;
        }
        InFlight inFlight = new InFlight(maxInFlight);
        Counter refused = Counter.builder("shortagewatch.load_shedding.refused")
                .description("Writes refused with 503 because too many were in flight").register(meters);
        Gauge.builder("shortagewatch.load_shedding.in_flight", inFlight, InFlight::current)
                .description("Writes being answered").register(meters);
        byte[] japanese = problem(json, maxInFlight, Language.JA);
        byte[] english = problem(json, maxInFlight, Language.EN);
        router.route().order(SecurityHeaders.ROUTE_ORDER + 2).handler(context -> {
            if (!RateLimitFilter.applies(context.request().method().name(), context.normalizedPath())) {
                context.next();
                return;
            }
            if (!inFlight.tryEnter()) {
                refused.increment();
                boolean inEnglish = Language.requestedBy(context) == Language.EN;
                refuse(context, inEnglish ? english : japanese, inEnglish ? "en" : "ja");
                return;
            }
            context.addEndHandler(done -> inFlight.exit());
            context.next();
        });
    }

    private static void refuse(RoutingContext context, byte[] body, String language) {
        context.response()
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language)
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, "1")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static byte[] problem(ObjectMapper json, int maxInFlight, Language language) {
        Text detail = Text.of("いま " + maxInFlight + " 件の書き込みを処理中です。1 秒後に再送してください（Idempotency-Key を"
                        + "送った場合は同じキーで）。何も変更していません。",
                "The service is answering " + maxInFlight + " writes already; retry after 1 s"
                        + " (with the same Idempotency-Key, if you sent one). Nothing was changed.");
        try {
            return json.writeValueAsBytes(new Problem(PROBLEM_TYPE,
                    ProblemTitles.in(language, "Service Unavailable"), 503,
                    detail.in(language), null, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
