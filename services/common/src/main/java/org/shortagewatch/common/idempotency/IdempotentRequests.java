package org.shortagewatch.common.idempotency;

import org.shortagewatch.common.config.IdempotencySettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Makes a creating request safe to retry with the {@code Idempotency-Key} header (IETF
 * draft-ietf-httpapi-idempotency-key-header): the first request with a key creates its resource and the key is
 * remembered with it, in the same transaction; a retry with the same key and the same request gets the same
 * resource back and changes nothing; the same key with a different request is refused (422); a retry that arrives
 * while the first is still being processed is refused (409) and may be retried.
 *
 * <p>Keys are scoped to the caller's organisation and the operation, and remembered for
 * {@code shortagewatch.idempotency.retention} (24 hours by default).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a response that repeats the answer to an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);
    private static final int MAX_KEY_LENGTH = 255;

    private static final String FIND_NAMED =
            "select request_hash, resource_id from idempotency_key where scope = :scope and key = :key";
    private static final String FIND_POSITIONAL =
            "select request_hash, resource_id from idempotency_key where scope = $1 and key = $2";
    private static final String REMEMBER_NAMED = """
            insert into idempotency_key (scope, key, request_hash, resource_id)
            values (:scope, :key, :hash, :resource) on conflict do nothing""";
    private static final String REMEMBER_POSITIONAL = """
            insert into idempotency_key (scope, key, request_hash, resource_id)
            values ($1, $2, $3, $4) on conflict do nothing""";

    @Inject
    Pool pool;

    @Inject
    IdempotencySettings settings;

    /** What a request produced: the resource, and whether it is the one an earlier request with the key created. */
    public record Outcome<T>(T value, boolean replayed) {
    }

    /**
     * Runs {@code create} once per key, in the caller's transaction (the current Panache session's).
     *
     * @param key the header's value; {@code null} runs {@code create} without any of this
     * @param scope who the key belongs to (the caller's organisation) and which operation it is for, e.g.
     *        {@code MFR001 status-change.report}
     * @param requestHash a digest of the request ({@link #hash}); a retry must present the same
     * @param idOf the id to remember of the created resource
     * @param load loads the resource an earlier request created, by that id
     */
    public <T> Uni<Outcome<T>> once(String key, String scope, String requestHash, Supplier<Uni<T>> create,
            Function<T, String> idOf, Function<String, Uni<T>> load) {
        if (key == null) {
            return create.get().map(value -> new Outcome<>(value, false));
        }
        String checkedKey = checked(key);
        return Panache.getSession().chain(session -> once(find(session, scope, checkedKey), requestHash, create, load,
                value -> remember(session, scope, checkedKey, requestHash, idOf.apply(value))));
    }

    /** As {@link #once(String, String, String, Supplier, Function, Function)}, in the transaction of {@code c}. */
    public <T> Uni<Outcome<T>> once(SqlConnection c, String key, String scope, String requestHash,
            Supplier<Uni<T>> create, Function<T, String> idOf, Function<String, Uni<T>> load) {
        if (key == null) {
            return create.get().map(value -> new Outcome<>(value, false));
        }
        String checkedKey = checked(key);
        Uni<Remembered> found = c.preparedQuery(FIND_POSITIONAL).execute(Tuple.of(scope, checkedKey))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Remembered(row.getString(0), row.getString(1));
                });
        return once(found, requestHash, create, load, value -> c.preparedQuery(REMEMBER_POSITIONAL)
                .execute(Tuple.of(scope, checkedKey, requestHash, idOf.apply(value)))
                .map(rows -> rows.rowCount()));
    }

    private static <T> Uni<Outcome<T>> once(Uni<Remembered> found, String requestHash, Supplier<Uni<T>> create,
            Function<String, Uni<T>> load, Function<T, Uni<Integer>> remember) {
        return found.chain(remembered -> {
            if (remembered != null) {
                if (!remembered.requestHash().equals(requestHash)) {
                    return Uni.createFrom().failure(new ProblemException(422, "Unprocessable Content",
                            Text.of("この Idempotency-Key は別のリクエストに使われています。新しいリクエストには新しいキーを使ってください",
                                    "this Idempotency-Key was used for a different request; use a new key for a new request"),
                            List.of(Problem.FieldError.of(HEADER, Text.of("別のリクエストに使われています",
                                    "was used for a different request")))));
                }
                return load.apply(remembered.resourceId()).map(value -> new Outcome<>(value, true));
            }
            return create.get().call(value -> remember.apply(value).invoke(inserted -> {
                if (inserted == 0) {
                    // Another request with this key committed first, while this one ran: roll this one back.
                    throw new ProblemException(409, "Conflict",
                            Text.of("同じ Idempotency-Key のリクエストを同時に処理していました。再送してください",
                                    "a request with this Idempotency-Key was being processed at the same time; retry it"),
                            List.of(Problem.FieldError.of(HEADER, Text.of("同時に処理中のリクエストが使っています",
                                    "is in use by a concurrent request"))));
                }
            })).map(value -> new Outcome<>(value, false));
        });
    }

    /** SHA-256 of the parts, hex. */
    public static String hash(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8);
        }
        return hash(bytes);
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> forgetOldKeys() {
        return pool.preparedQuery("delete from idempotency_key where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) settings.retention().toSeconds()))
                .invoke(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.debugf("forgot %d idempotency keys older than %s", rows.rowCount(), settings.retention());
                    }
                })
                .replaceWithVoid();
    }

    private record Remembered(String requestHash, String resourceId) {
    }

    private static Uni<Remembered> find(Mutiny.Session session, String scope, String key) {
        return session.createNativeQuery(FIND_NAMED, Object[].class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null
                        : new Remembered((String) rows.get(0)[0], (String) rows.get(0)[1]));
    }

    private static Uni<Integer> remember(Mutiny.Session session, String scope, String key, String requestHash,
            String resourceId) {
        return session.createNativeQuery(REMEMBER_NAMED)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("resource", resourceId)
                .executeUpdate();
    }

    private static String checked(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ProblemException(400, "Invalid request",
                    Text.of("Idempotency-Key は表示可能な ASCII 文字 1〜255 字にしてください（UUID など）",
                            "Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID"),
                    List.of(Problem.FieldError.of(HEADER, Text.of("表示可能な ASCII 文字 1〜255 字にしてください",
                            "must be 1 to 255 visible ASCII characters"))));
        }
        return key;
    }
}
