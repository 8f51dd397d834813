package org.shortagewatch.notification.delivery;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.Notice;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Renders a notice from its templates ({@code templates/notice/}): an HTML e-mail, plain text, and a printable page
 * in the traditional layout (A4, date and issuer on the right, centred title and 記, numbered requests, 以上).
 */
@ApplicationScoped
public class NoticeRenderer {

    public enum Format { TEXT, HTML, PRINT }

    @Inject
    @Location("notice/text.txt")
    Template text;

    @Inject
    @Location("notice/email.html")
    Template email;

    @Inject
    @Location("notice/print.html")
    Template print;

    @Inject
    NotificationSettings.PublicUrl publicUrl;

    public String render(Notice notice, Format format) {
        Template template = switch (format) {
            case TEXT -> text;
            case HTML -> email;
            case PRINT -> print;
        };
        return template.data("notice", notice).data("paragraphs", paragraphs(notice.background()))
                .data("baseUrl", publicUrl.value()).render();
    }

    /** The service's public address, which links in notices and their webhooks start with. */
    public String baseUrl() {
        return publicUrl.value();
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
