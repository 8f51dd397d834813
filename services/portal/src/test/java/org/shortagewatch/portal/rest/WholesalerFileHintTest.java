package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The wholesaler's upload hint names the columns of the record file as its header must spell them (wholesaler-
 * allocation's {@code RecordColumn}, in its order), each followed by what it holds in the page's language; the
 * columns the service does not require say they are optional.
 */
class WholesalerFileHintTest {

    /** The record file's headers, in wholesaler-allocation's order. */
    private static final List<String> HEADERS = List.of("reference", "facilityCode", "prefectureCode", "yjCode", "date",
            "units", "unit");
    /** The ones a file may leave out. */
    private static final List<String> OPTIONAL = List.of("reference", "prefectureCode");

    @Test
    void theJapaneseHintExplainsEveryColumnInJapanese() throws IOException {
        List<Column> columns = columns(hint("wholesaler.properties"), "（([^）]*)）");
        assertEquals(HEADERS, columns.stream().map(Column::header).toList());
        for (Column c : columns) {
            assertTrue(c.explained().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN || Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.KATAKANA), c.header() + " is explained in Japanese: " + c.explained());
            assertEquals(OPTIONAL.contains(c.header()), c.explained().contains("任意"), c.header());
        }
    }

    @Test
    void theEnglishHintExplainsEveryColumn() throws IOException {
        List<Column> columns = columns(hint("wholesaler_en.properties"), " \\(([^)]*)\\)");
        assertEquals(HEADERS, columns.stream().map(Column::header).toList());
        for (Column c : columns) {
            assertEquals(OPTIONAL.contains(c.header()), c.explained().contains("optional"), c.header());
        }
    }

    private record Column(String header, String explained) {
    }

    private static List<Column> columns(String hint, String explanation) {
        Matcher m = Pattern.compile("\\b([a-zA-Z]+)" + explanation).matcher(hint);
        List<Column> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Column(m.group(1), m.group(2)));
        }
        return out;
    }

    private static String hint(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WholesalerFileHintTest.class.getResourceAsStream("/messages/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.getProperty("uploadFileHint");
    }
}
