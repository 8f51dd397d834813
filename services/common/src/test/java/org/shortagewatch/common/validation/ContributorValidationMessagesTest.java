package org.shortagewatch.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

/**
 * The Bean Validation messages common contributes to every service, looked up as Hibernate Validator looks up
 * contributor bundles: English word for word with schemas' hints, Japanese with their Japanese, whatever the
 * machine's default locale.
 */
class ContributorValidationMessagesTest {

    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restoreTheMachinesLocale() {
        Locale.setDefault(machine);
    }

    @Test
    void theSharedHintsReadInJapaneseAndInEnglish() {
        for (Locale server : new Locale[] {Locale.JAPAN, Locale.US, Locale.ROOT}) {
            Locale.setDefault(server);
            assertEquals(YjCodes.FORMAT_HINT, message(Locale.ENGLISH, YjCodes.FORMAT_MESSAGE), server.toString());
            assertEquals(FacilityCodes.FORMAT_HINT, message(Locale.ENGLISH, FacilityCodes.FORMAT_MESSAGE));
            assertEquals(YjCodes.FORMAT_HINT_JA, message(Locale.JAPANESE, YjCodes.FORMAT_MESSAGE), server.toString());
            assertEquals(FacilityCodes.FORMAT_HINT_JA, message(Locale.JAPANESE, FacilityCodes.FORMAT_MESSAGE));
            assertEquals(YjCodes.INGREDIENT_KEY_HINT, message(Locale.ENGLISH, YjCodes.INGREDIENT_KEY_MESSAGE));
            assertEquals(YjCodes.INGREDIENT_KEY_HINT_JA, message(Locale.JAPANESE, YjCodes.INGREDIENT_KEY_MESSAGE));
        }
    }

    @Test
    void everyMessageHasItsJapanese() {
        ResourceBundle.clearCache();
        Set<String> english = bundle(Locale.ENGLISH).keySet();
        ResourceBundle japanese = bundle(Locale.JAPANESE);
        for (String key : english) {
            assertNotEquals(bundle(Locale.ENGLISH).getString(key), japanese.getString(key), key);
        }
    }

    private static String message(Locale locale, String template) {
        ResourceBundle.clearCache();
        return bundle(locale).getString(template.substring(1, template.length() - 1));
    }

    private static ResourceBundle bundle(Locale locale) {
        return new PlatformResourceBundleLocator(AbstractMessageInterpolator.CONTRIBUTOR_VALIDATION_MESSAGES,
                Set.of(), ContributorValidationMessagesTest.class.getClassLoader(), true).getResourceBundle(locale);
    }
}
