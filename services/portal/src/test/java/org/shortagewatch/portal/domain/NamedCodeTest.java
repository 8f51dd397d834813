package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            デキストロメトルファン臭化水素酸塩水和物 | ja | デキストロメトルファン臭化水素酸塩水和物［6250701］
            dextromethorphan                       | en | dextromethorphan [6250701]
            null                                   | ja | 6250701
            '  '                                   | en | 6250701
            """)
    void aNameWithItsCodeOrTheCodeAlone(String name, String language, String shown) {
        assertEquals(shown, NamedCode.of(name, "6250701", Languages.parse(language)));
    }
}
