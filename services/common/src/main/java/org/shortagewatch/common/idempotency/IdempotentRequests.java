package org.shortagewatch.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.config.IdempotencySettings;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.sql.Rows;

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

    private static final String FIND =
            "select request_hash, resource_id from idempotency_key where scope = $1 and key = $2";
    private static final String REMEMBER = """
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
     * Runs {@code create} once per key, in the transaction of {@code c}, which also remembers the key.
     *
     * @param key the header's value; {@code null} runs {@code create} without any of this
     * @param scope who the key belongs to (the caller's organisation) and which operation it is for, e.g.
     *        {@code MFR001 status-change.report}
     * @param requestHash a digest of the request ({@link #hash}); a retry must present the same
     * @param idOf the id to remember of the created resource
     * @param load loads the resource an earlier request created, by that id
     */
    public <T> Uni<Outcome<T>> once(SqlConnection c, String key, String scope, String requestHash,
            Supplier<Uni<T>> create, Function<T, String> idOf, Function<String, Uni<T>> load) {
        if (key == null) {
            return create.get().map(value -> new Outcome<>(value, false));
        }
        String checkedKey = checked(key);
        return c.preparedQuery(FIND).execute(Tuple.of(scope, checkedKey)).chain(rows -> {
            Row remembered = Rows.first(rows, row -> row).orElse(null);
            if (remembered != null) {
                if (!remembered.getString("request_hash").equals(requestHash)) {
                    return Uni.createFrom().failure(new ProblemException(422, "Unprocessable Content",
                            Text.of("この Idempotency-Key は別のリクエストに使われています。新しいリクエストには新しいキーを使ってください",
                                    "this Idempotency-Key was used for a different request; use a new key for a new request"),
                            List.of(Problem.FieldError.of(HEADER, Text.of("別のリクエストに使われています",
                                    "was used for a different request")))));
                }
                return load.apply(remembered.getString("resource_id")).map(value -> new Outcome<>(value, true));
            }
            return create.get()
                    .call(value -> c.preparedQuery(REMEMBER)
                            .execute(Tuple.of(scope, checkedKey, requestHash, idOf.apply(value)))
                            .invoke(inserted -> {
                                if (inserted.rowCount() == 0) {
                                    throw concurrentUse();
                                }
                            }))
                    .map(value -> new Outcome<>(value, false));
        });
    }

    /** Another request with the key committed first, while this one ran: this one rolls back. */
    private static ProblemException concurrentUse() {
        return new ProblemException(409, "Conflict",
                Text.of("同じ Idempotency-Key のリクエストを同時に処理していました。再送してください",
                        "a request with this Idempotency-Key was being processed at the same time; retry it"),
                List.of(Problem.FieldError.of(HEADER, Text.of("同時に処理中のリクエストが使っています",
                        "is in use by a concurrent request"))));
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
