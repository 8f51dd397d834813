package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The rules of the portal's stylesheet that keep its pages' parts in proportion, read from the stylesheet itself (the
 * pages are seen in a browser in deploy/local's journeys).
 */
class StylesheetTest {

    private static final Map<String, Map<String, String>> RULES = rules();

    @Test
    void columnHeadsBreakOnlyWhereJapaneseAllows() {
        // 行数, うち変更なし whole, not 行/数 and うち変更な/し
        assertEquals("keep-all", declared("thead th", "word-break"));
    }

    @Test
    void aSecondaryButtonAmongActionsIsAsTallAsTheLinksBesideIt() {
        // an issued notice's steps: 送付・受領状況 and 印刷用ページ as links, 続報を作成 as a secondary button, side by side
        assertEquals(declared(".button", "min-height"), declared(".actions button.secondary", "min-height"));
        assertEquals(declared(".button", "padding"), declared(".actions button.secondary", "padding"));
    }

    @Test
    void aFiltersFieldGrowsNoWiderThanItsInputSoTheButtonStaysBesideIt() {
        String input = "input:not([type=checkbox]):not([type=radio])";
        assertEquals(declared(input, "max-width"), declared(".filter > div", "max-width"));
        assertEquals(declared("select", "max-width"), declared(".filter > div", "max-width"));
    }

    /** Every declaration of every selector, in order (a later rule overrides an earlier one, as in the browser). */
    private static Map<String, Map<String, String>> rules() {
        String css;
        try (InputStream in = StylesheetTest.class.getResourceAsStream("/META-INF/resources/static/portal.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Map<String, String>> rules = new HashMap<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css);
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                Map<String, String> declarations = rules.computeIfAbsent(selector.strip().replaceAll("\\s+", " "),
                        s -> new HashMap<>());
                for (String declaration : rule.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).strip(),
                                declaration.substring(colon + 1).strip());
                    }
                }
            }
        }
        return rules;
    }

    private static String declared(String selector, String property) {
        return RULES.getOrDefault(selector, Map.of()).get(property);
    }
}
