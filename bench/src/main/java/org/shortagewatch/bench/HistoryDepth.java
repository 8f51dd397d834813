package org.shortagewatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The national counts over a longer history: manufacturer-report's schema (its own migrations, read from the source
 * tree) in a database of its own ({@code bench_history}) on the system's PostgreSQL server, the national list's
 * products with 1 to 25 changes each, written one layer of the whole list at a time, as a bulk job writes it. For
 * each depth: the time the last layer took to write with the status spans' trigger, and another layer without it;
 * and each of the three counts read both ways, by the spans (what the service reads) and by a scan of the whole
 * history up to the day (what it read before the spans), median of {@code --repeat} runs after one to warm. The two
 * ways must count the same.
 */
public final class HistoryDepth {

    /** The day the counts are asked for, and the 12 week ends of the weekly series. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final List<LocalDate> WEEKS = IntStream.range(0, 12).mapToObj(i -> LocalDate.of(2026, 9, 13).plusWeeks(i))
            .toList();

    /**
     * The three counts: by the spans, and by a scan of the history up to the day; parameters {@code $asOf},
     * {@code $weeks} and {@code $first} (the first week end) bound as the service binds them, and planned for them at
     * every run, as the service's SQL client has them planned (it caches no prepared statement).
     */
    static final String[][] COUNTS = {
            {"by category", """
                    select p.product_category, s.shipment_response, count(*) from product p
                    join status_span s on s.yj_code = p.yj_code and s.starts <= $asOf and s.ends > $asOf
                    group by 1, 2""", """
                    select p.product_category, s.shipment_response, count(*) from product p
                    join (select distinct on (yj_code) yj_code, shipment_response from status_change
                          where effective_date <= $asOf order by yj_code, effective_date desc, revision desc) s
                      on s.yj_code = p.yj_code
                    group by 1, 2"""},
            {"by reason", """
                    select s.shipment_response, s.reason, count(*) from status_span s join product p on p.yj_code = s.yj_code
                    where s.starts <= $asOf and s.ends > $asOf and s.shipment_response <> 'NORMAL' group by 1, 2""", """
                    select s.shipment_response, s.reason, count(*) from product p
                    join (select distinct on (yj_code) yj_code, shipment_response, reason from status_change
                          where effective_date <= $asOf order by yj_code, effective_date desc, revision desc) s
                      on s.yj_code = p.yj_code
                    where s.shipment_response <> 'NORMAL' group by 1, 2"""},
            {"weekly, 12 weeks", """
                    select w.week_end, s.shipment_response, count(*) from status_span s
                    join unnest($weeks) as w(week_end) on s.starts <= w.week_end and s.ends > w.week_end
                    join product p on p.yj_code = s.yj_code where s.ends > $first group by 1, 2""", """
                    with days as (
                        select distinct on (c.yj_code, c.effective_date) c.yj_code, c.effective_date, c.shipment_response
                        from status_change c join product p on p.yj_code = c.yj_code where c.effective_date <= $asOf
                        order by c.yj_code, c.effective_date, c.revision desc),
                    spans as (
                        select shipment_response, effective_date as starts,
                               lead(effective_date) over (partition by yj_code order by effective_date) as ends
                        from days)
                    select w.week_end, s.shipment_response, count(*) from unnest($weeks) as w(week_end)
                    join spans s on s.starts <= w.week_end and (s.ends is null or s.ends > w.week_end) group by 1, 2"""}};

    private HistoryDepth() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String server = "jdbc:postgresql://" + args.get("pg-host", "localhost") + ":" + args.require("pg-port") + "/";
        String user = args.get("pg-user", "postgres");
        String password = args.get("pg-password", "postgres");
        int products = args.getInt("products", 18_520);
        int repeat = args.getInt("repeat", 5);
        List<Integer> depths = Arrays.stream(args.get("depths", "1,2,5,25").split(",")).map(Integer::valueOf).toList();
        Figures figures = Figures.fromEnvironment();
        for (int depth : depths) {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                    Statement st = admin.createStatement()) {
                st.execute("drop database if exists bench_history");
                st.execute("create database bench_history");
            }
            try (Connection db = DriverManager.getConnection(server + "bench_history?prepareThreshold=0", user, password);
                    Statement st = db.createStatement()) {
                migrate(st);
                st.execute(("insert into product (yj_code, manufacturer_code, product_category) select lpad(i::text, 12,"
                        + " '0'), 'MFR' || (i %% 40), (array['BRAND','GENERIC','LONG_LISTED'])[1 + i %% 3]"
                        + " from generate_series(1, %d) i").formatted(products));
                double layer = 0;
                for (int d = 1; d <= depth; d++) {
                    layer = writeLayer(st, depth, d);
                }
                st.execute("alter table status_change disable trigger status_span_follow");
                double withoutSpans = writeLayer(st, depth, depth + 1);
                st.execute("delete from status_change where revision = " + (depth + 1));
                st.execute("alter table status_change enable trigger status_span_follow");
                st.execute("vacuum analyze");
                String at = depth + " change" + (depth == 1 ? "" : "s") + " per product";
                figures.add("history.write." + depth, "Writing a layer of " + products + " changes, " + at, layer, "ms",
                        "", "", "one statement, with the status spans' trigger");
                figures.add("history.write-without-spans." + depth, "The same without the spans' trigger, " + at,
                        withoutSpans, "ms", "", "", "");
                for (String[] count : COUNTS) {
                    try (PreparedStatement spans = prepare(db, count[1]); PreparedStatement scan = prepare(db, count[2])) {
                        if (!rows(spans).equals(rows(scan))) {
                            throw new IllegalStateException(count[0] + " counts differently by the spans and by the history");
                        }
                        String key = count[0].replace(' ', '-').replace(",", "");
                        figures.add("history.spans." + key + "." + depth, "National counts " + count[0]
                                + ", by the spans, " + at, median(spans, repeat), "ms", "", "", "median of " + repeat);
                        figures.add("history.scan." + key + "." + depth, "National counts " + count[0]
                                + ", by a scan of the history, " + at, median(scan, repeat), "ms", "", "", "");
                    }
                }
            }
        }
    }

    /** Applies common's and report's migrations in Flyway's order, as the service's owner would. */
    static void migrate(Statement st) throws IOException, SQLException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("services/common/src/main/resources/db/common",
                "services/manufacturer-report/src/main/resources/db/migration")) {
            try (Stream<Path> listed = Files.list(Path.of(dir))) {
                listed.filter(p -> p.getFileName().toString().matches("V[0-9_]+__.*\\.sql")).forEach(files::add);
            }
        }
        files.sort(Comparator.comparing(HistoryDepth::version));
        for (Path file : files) {
            st.execute(Files.readString(file).replace("${app-role}", "").replace("${flyway:table}", "flyway_schema_history"));
        }
    }

    /** Flyway's order of versions as text: V0_7 before V1, V2 before V12. */
    private static String version(Path file) {
        String v = file.getFileName().toString().replaceFirst("^V([0-9_]+)__.*", "$1") + "_0";
        return Arrays.stream(v.split("_")).limit(2).map(n -> "%06d".formatted(Integer.parseInt(n)))
                .reduce((a, b) -> a + "." + b).orElseThrow();
    }

    /**
     * Layer {@code d} of {@code depth}: every product's change number d, a quarter after the one before (four changes a
     * year, more than the 2.6 a national refresh a month brings), the last in the ten days to 2026-11-30.
     */
    static double writeLayer(Statement st, int depth, int d) throws SQLException {
        long begin = System.nanoTime();
        st.execute(("""
                insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date, reported_at,
                    event_id)
                select nextval('status_change_seq'), p.yj_code, %2$d, r.response,
                       case when r.response = 'NORMAL' then null else 'OTHER' end,
                       date '2026-11-30' - ((%1$d - %2$d) * 91 + (p.n %% 10)::int), now(), gen_random_uuid()
                from (select yj_code, row_number() over (order by yj_code) as n from product) p
                cross join lateral (select (array['NORMAL','LIMITED_OWN_REASONS','LIMITED_OTHER','STOPPED'])
                                           [1 + (hashint4(%2$d * 7919 + p.n::int) & 3)] as response) r
                order by p.yj_code""").formatted(depth, d));
        return (System.nanoTime() - begin) / 1e6;
    }

    /** The query with its parameters bound, in the order they stand in it. */
    static PreparedStatement prepare(Connection db, String query) throws SQLException {
        Matcher parameter = Pattern.compile("\\$(asOf|weeks|first)").matcher(query);
        List<String> names = new ArrayList<>();
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        PreparedStatement statement = db.prepareStatement(parameter.replaceAll("?"));
        for (int i = 0; i < names.size(); i++) {
            switch (names.get(i)) {
                case "asOf" -> statement.setObject(i + 1, AS_OF);
                case "first" -> statement.setObject(i + 1, WEEKS.get(0));
                default -> statement.setArray(i + 1, db.createArrayOf("date", WEEKS.stream().map(Date::valueOf).toArray()));
            }
        }
        return statement;
    }

    private static List<String> rows(PreparedStatement query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static double median(PreparedStatement query, int repeat) throws SQLException {
        rows(query);
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long begin = System.nanoTime();
            rows(query);
            ms[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repeat / 2];
    }
}
