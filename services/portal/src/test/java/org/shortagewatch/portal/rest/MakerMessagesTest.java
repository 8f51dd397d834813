package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The words of a manufacturer's pages are the files' text, in Japanese (maker.properties, the default) and English
 * (maker_en.properties), as a template asks for them ({@code {maker:key}}); and {@link MakerMsg} declares exactly the
 * files' keys.
 */
@QuarkusTest
class MakerMessagesTest {

    @Inject
    Engine engine;

    @Test
    void theBundleDeclaresExactlyTheKeysOfBothFiles() throws IOException {
        Set<String> declared = Arrays.stream(MakerMsg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, new TreeSet<>(messages("maker.properties").stringPropertyNames()));
        assertEquals(declared, new TreeSet<>(messages("maker_en.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageRendersAsTheFilesSayInEachLanguage() throws IOException {
        assertEveryMessage(messages("maker.properties"), Locale.JAPANESE);
        assertEveryMessage(messages("maker_en.properties"), Locale.ENGLISH);
    }

    private void assertEveryMessage(Properties file, Locale locale) {
        for (Method m : MakerMsg.class.getDeclaredMethods()) {
            String expected = file.getProperty(m.getName());
            StringBuilder call = new StringBuilder("{maker:").append(m.getName());
            if (m.getParameterCount() > 0) {
                call.append('(');
                for (Parameter p : m.getParameters()) {
                    String argument = "<" + p.getName() + ">";
                    expected = expected.replace("{" + p.getName() + "}", argument);
                    call.append(call.charAt(call.length() - 1) == '(' ? "" : ",");
                    call.append('\'').append(argument).append('\'');
                }
                call.append(')');
            }
            String rendered = engine.parse(call.append('}').toString()).instance().setLocale(locale).render();
            assertEquals(expected, rendered, m.getName() + " in " + locale);
        }
    }

    private static Properties messages(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MakerMessagesTest.class.getResourceAsStream("/messages/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
