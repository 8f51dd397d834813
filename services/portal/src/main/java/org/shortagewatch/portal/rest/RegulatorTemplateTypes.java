package org.shortagewatch.portal.rest;

import java.util.Locale;

import org.shortagewatch.portal.client.DashboardApi;
import org.shortagewatch.portal.domain.DashboardCharts;
import org.shortagewatch.portal.domain.IngredientChoice;
import org.shortagewatch.portal.domain.Languages;
import org.shortagewatch.portal.domain.Prefecture;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * Lets the regulator's templates read the domain's types, and words a finding in the page's language (its rule in the
 * wholesaler's words: {@code {wholesaler:message(ctx.key('rule', f.rule))}}).
 */
@TemplateData(target = DashboardCharts.ReasonCounts.class)
@TemplateData(target = IngredientChoice.Candidate.class)
public final class RegulatorTemplateTypes {

    private RegulatorTemplateTypes() {
    }

    /** {@code {f.prefectureLabel(ctx.locale)}}: where, or null for a finding about no single prefecture. */
    @TemplateExtension
    static String prefectureLabel(DashboardApi.Finding f, Locale locale) {
        return f.prefectureCode() == null ? null
                : Prefecture.ofCode(f.prefectureCode()).map(p -> p.label(locale)).orElse(f.prefectureCode());
    }

    /** {@code {f.summary(ctx.locale)}}: what the service summed up, or null for one about single facilities. */
    @TemplateExtension
    static String summary(DashboardApi.Finding f, Locale locale) {
        return Languages.isEnglish(locale) ? f.summaryEn() : f.summaryJa();
    }
}
