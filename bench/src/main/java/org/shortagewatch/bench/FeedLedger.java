package org.shortagewatch.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * notification's delivery ledger, read and never written (scenario refresh measures it; the service writes it).
 *
 * <p>Every inbox and SSE row takes the next feed position ({@code delivery_feed_seq}) as it is written, and its writer
 * holds an advisory lock from its first position until it commits, so positions become visible in order
 * (notification's {@code RecipientMatcher}). Two cheap reads, polled, therefore tell how many of a burst's rows are
 * visible: the positions drawn so far ({@link #drawn()}), all of them visible whenever no writer holds the lock
 * ({@link #writing()}). Counting the rows themselves would read a table of millions of rows on every poll.
 */
final class FeedLedger implements AutoCloseable {

    /** notification's {@code RecipientMatcher.FEED_LOCK}, the feed writers' advisory lock ("FEED"). */
    private static final long FEED_LOCK = 0x46_45_45_44L;

    /** A channel's rows: how many, how many distinct (cause, recipient), how many delivered. */
    record Channel(long rows, long once, long delivered) {
    }

    private final Connection connection;
    private final PreparedStatement drawn;
    private final PreparedStatement writing;

    FeedLedger(Args args) throws SQLException {
        connection = DriverManager.getConnection("jdbc:postgresql://" + args.get("pg-host", "localhost") + ":"
                + args.require("pg-port") + "/notification", args.get("pg-user", "postgres"),
                args.get("pg-password", "postgres"));
        connection.setReadOnly(true);
        drawn = connection.prepareStatement("select last_value, is_called from delivery_feed_seq");
        writing = connection.prepareStatement("""
                select exists (select 1 from pg_locks where locktype = 'advisory' and granted and classid = 0
                               and objid = %d and objsubid = 1
                               and database = (select oid from pg_database where datname = current_database()))"""
                .formatted(FEED_LOCK));
    }

    /** The feed positions drawn so far (the last one). */
    long drawn() throws SQLException {
        try (ResultSet r = drawn.executeQuery()) {
            r.next();
            return r.getBoolean("is_called") ? r.getLong("last_value") : r.getLong("last_value") - 1;
        }
    }

    /** Whether a transaction holds positions it has not committed yet. */
    boolean writing() throws SQLException {
        try (ResultSet r = writing.executeQuery()) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** The rows written since {@code since} about products whose YJ codes start with {@code prefix}, by channel. */
    Map<String, Channel> channels(Instant since, String prefix) throws SQLException {
        Map<String, Channel> channels = new HashMap<>();
        try (PreparedStatement count = connection.prepareStatement("""
                select channel, count(*) as rows, count(distinct (cause_event_id, recipient)) as once,
                       count(*) filter (where status = 'DELIVERED') as delivered
                from delivery where created_at >= ? and product like ? group by channel""")) {
            count.setTimestamp(1, Timestamp.from(since));
            count.setString(2, prefix + "%");
            try (ResultSet r = count.executeQuery()) {
                while (r.next()) {
                    channels.put(r.getString("channel"),
                            new Channel(r.getLong("rows"), r.getLong("once"), r.getLong("delivered")));
                }
            }
        }
        return channels;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
