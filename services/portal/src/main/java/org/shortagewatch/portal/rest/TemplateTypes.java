package org.shortagewatch.portal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.shortagewatch.portal.domain.AuditVerdict;
import org.shortagewatch.portal.domain.BackendService;
import org.shortagewatch.portal.domain.ErrorCsv;
import org.shortagewatch.portal.domain.FormChoices;
import org.shortagewatch.portal.domain.ShipmentResponseLabel;
import org.shortagewatch.portal.domain.SituationCharts;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/** Lets templates read the domain's plain Java types, which know nothing of Qute, and adds small helpers. */
@TemplateData(target = FormChoices.Choice.class)
@TemplateData(target = ShipmentResponseLabel.class)
@TemplateData(target = SituationCharts.Slice.class)
@TemplateData(target = SituationCharts.CategoryCounts.class)
@TemplateData(target = ErrorCsv.Line.class)
@TemplateData(target = AuditVerdict.class)
@TemplateData(target = BackendService.class)
public final class TemplateTypes {

    private TemplateTypes() {
    }

    /** {@code {q.urlEncode}}: a query parameter's value. */
    @TemplateExtension
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
