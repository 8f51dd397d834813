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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every word of the portal is the messages files' text, in Japanese (the default) and in English, as a template asks
 * for it ({@code {msg:key}} and {@code {msg:key(argument)}}); and each bundle declares exactly its files' keys, so a
 * template cannot name a word the files do not have. The bundles: {@link Msg} (msg.properties, msg_en.properties)
 * for every page, {@link MakerMsg} (maker.properties, maker_en.properties) for a manufacturer's pages,
 * {@link AdminMsg} (admin.properties, admin_en.properties) for an operator's, {@link WholesalerMsg}
 * (wholesaler.properties, wholesaler_en.properties) for a wholesaler's,
 * {@link RegulatorNoticeMsg} (regnotice.properties, regnotice_en.properties) for the regulator's notice pages,
 * {@link DashboardMsg} (dash.properties, dash_en.properties) for the regulator's dashboard and map.
 */
@QuarkusTest
class MessagesTest {

    /** A message bundle: its interface, its namespace in templates and the name of its files. */
    enum Bundle {
        MSG(Msg.class, "msg"), MAKER(MakerMsg.class, "maker"), ADMIN(AdminMsg.class, "admin"),
        WHOLESALER(WholesalerMsg.class, "wholesaler"), REGNOTICE(RegulatorNoticeMsg.class, "regnotice"),
        DASH(DashboardMsg.class, "dash");

        final Class<?> declaration;
        final String name;

        Bundle(Class<?> declaration, String name) {
            this.declaration = declaration;
            this.name = name;
        }
    }

    @Inject
    Engine engine;

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void theBundleDeclaresExactlyTheKeysOfBothFiles(Bundle bundle) throws IOException {
        Set<String> declared = Arrays.stream(bundle.declaration.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, new TreeSet<>(messages(bundle.name + ".properties").stringPropertyNames()));
        assertEquals(declared, new TreeSet<>(messages(bundle.name + "_en.properties").stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void everyMessageRendersAsTheJapaneseFileSaysByDefault(Bundle bundle) throws IOException {
        assertEveryMessage(bundle, messages(bundle.name + ".properties"), Locale.JAPANESE);
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void everyMessageRendersAsTheEnglishFileSaysInEnglish(Bundle bundle) throws IOException {
        assertEveryMessage(bundle, messages(bundle.name + "_en.properties"), Locale.ENGLISH);
    }

    private void assertEveryMessage(Bundle bundle, Properties file, Locale locale) {
        for (Method m : bundle.declaration.getDeclaredMethods()) {
            String expected = file.getProperty(m.getName());
            StringBuilder call = new StringBuilder("{" + bundle.name + ":").append(m.getName());
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
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
