package org.shortagewatch.local;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shortagewatch.infra.PostgresServer;

import io.restassured.http.ContentType;

/**
 * One fault run's followers: facilities of its own that follow its products by webhook (at the sink), server-sent
 * events ({@link SseFeed}, resuming after a cut), the inbox ({@link InboxPoller}) and e-mail ({@link MailCatcher}),
 * and what each of them received on each channel, for the oracle ({@link Receipts}). An e-mail names its ledger row
 * ({@value MailCatcher#DELIVERY_HEADER}); the row names the change it tells of (its product and revision), which is
 * how an e-mail is matched to a change.
 */
final class Followers implements AutoCloseable {

    static final List<String> CHANNELS = List.of("WEBHOOK", "SSE", "INBOX", "EMAIL");

    private final LocalStack stack;
    private final WebhookFollowing following;
    private final MailCatcher mail;
    private final List<String> facilities;
    private final Map<String, SseFeed> feeds = new LinkedHashMap<>();
    private final Map<String, InboxPoller> inboxes = new LinkedHashMap<>();
    private final Map<String, String> changeOfLedgerRow = new ConcurrentHashMap<>();

    private Followers(LocalStack stack, WebhookFollowing following, MailCatcher mail, List<String> facilities) {
        this.stack = stack;
        this.following = following;
        this.mail = mail;
        this.facilities = List.copyOf(facilities);
    }

    /**
     * Registers each facility with an e-mail address, has it follow every product on every channel, opens its stream
     * and starts reading its inbox.
     */
    static Followers start(LocalStack stack, WebhookFollowing following, MailCatcher mail, List<String> products,
            List<String> facilities) throws Exception {
        Followers followers = new Followers(stack, following, mail, facilities);
        try {
            for (String facility : facilities) {
                following.as("facility", facility, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                        .body(Map.of("kind", "PHARMACY", "name", "障害試験薬局 " + facility, "email", address(facility)))
                        .when().put("/api/v1/facilities/{code}", facility)
                        .then().statusCode(200);
            }
            following.follow(products, facilities, CHANNELS);
            for (String facility : facilities) {
                String token = following.token("facility", facility);
                followers.feeds.put(facility, SseFeed.open(stack.serviceUrl(LocalStack.NOTIFICATION), facility, token));
                followers.inboxes.put(facility, InboxPoller.start(stack.serviceUrl(LocalStack.NOTIFICATION), facility,
                        token));
            }
            return followers;
        } catch (Exception | Error e) {
            followers.close();
            throw e;
        }
    }

    /** The facility's e-mail address. */
    static String address(String facility) {
        return "yakuzai-" + facility + "@faults.example.jp";
    }

    int followerCount() {
        return facilities.size();
    }

    /** What the facility received on the channel, in the order it came. */
    List<Receipts.Receipt> receipts(String facility, String channel) throws Exception {
        return switch (channel) {
            case "WEBHOOK" -> following.webhooks(facility);
            case "SSE" -> feeds.get(facility).receipts();
            case "INBOX" -> inboxes.get(facility).receipts();
            case "EMAIL" -> emails(facility);
            default -> throw new IllegalArgumentException(channel);
        };
    }

    /**
     * Every follower's every channel counted against {@code acknowledged}; an inbox that may have let entries pass
     * unseen counts as a problem.
     */
    Receipts.Tally tally(Collection<String> acknowledged) throws Exception {
        Receipts.Tally tally = Receipts.Tally.NONE;
        for (String facility : facilities) {
            for (String channel : CHANNELS) {
                tally = tally.plus(Receipts.Tally.of(facility + " " + channel, receipts(facility, channel), acknowledged));
            }
            int gaps = inboxes.get(facility).gaps();
            if (gaps > 0) {
                tally = tally.plus(new Receipts.Tally(0, 0, 0, 0, 0, 0, java.util.Set.of(),
                        List.of(facility + " INBOX: " + gaps + " polls may have missed entries")));
            }
        }
        return tally;
    }

    private List<Receipts.Receipt> emails(String facility) throws Exception {
        List<String> ids = mail.deliveries(address(facility));
        List<String> unknown = ids.stream().filter(id -> !changeOfLedgerRow.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            lookUp(unknown);
        }
        List<Receipts.Receipt> receipts = new ArrayList<>();
        for (String id : ids) {
            String change = changeOfLedgerRow.get(id);
            if (change != null && !change.isEmpty()) {
                receipts.add(new Receipts.Receipt(id, change));
            }
        }
        return receipts;
    }

    /** Reads the ledger rows' changes from notification's database (directly, not through the services' proxy). */
    private void lookUp(List<String> ledgerIds) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.NOTIFICATION), PostgresServer.USER,
                PostgresServer.PASSWORD);
                PreparedStatement rows = c.prepareStatement("""
                        select d.id::text, case when a.kind = 'SUPPLY_STATUS' then d.product || '#' || d.revision
                               else '' end
                        from delivery d join alert a on a.cause_event_id = d.cause_event_id
                        where d.id = any(?::uuid[])""")) {
            Array array = c.createArrayOf("text", ledgerIds.toArray());
            rows.setArray(1, array);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    changeOfLedgerRow.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    @Override
    public void close() {
        feeds.values().forEach(SseFeed::close);
        inboxes.values().forEach(InboxPoller::close);
    }
}
