package org.shortagewatch.portal.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.domain.YjCode;

import io.smallrye.mutiny.Uni;

/**
 * What the facility's pages call the products and ingredients they list, from manufacturer-report's public catalogue.
 * A name is a courtesy: when the catalogue cannot be reached or does not know a code, the page shows the code.
 */
@ApplicationScoped
public class ProductNames {

    /** The most ingredients of one watch list named, one call each. */
    static final int MAX_INGREDIENTS = 20;
    /** The most products named in one call. */
    static final int MAX_PRODUCTS = 100;

    @Inject
    @RestClient
    ReportClient report;

    /** Product names by YJ code, in one call for at most 100 codes; empty when the catalogue cannot be reached. */
    public Map<String, String> ofProducts(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        List<String> distinct = codes.stream().filter(YjCode::hasLength).distinct().limit(MAX_PRODUCTS).toList();
        if (distinct.isEmpty()) {
            return names;
        }
        try {
            report.byCodes(distinct, distinct.size()).items().forEach(p -> names.put(p.yjCode(), p.productName()));
        } catch (RuntimeException unavailable) {
            // the codes alone, then
        }
        return names;
    }

    /** The names of a watch list's products (in one call) and ingredients (one call each, at most 20). */
    public Map<String, String> ofSubscriptions(List<NotificationApi.Subscription> list) {
        Map<String, String> names = ofProducts(list.stream().filter(s -> s.kind().equals("YJ_CODE"))
                .map(NotificationApi.Subscription::target).toList());
        list.stream().filter(s -> s.kind().equals("INGREDIENT")).map(NotificationApi.Subscription::target).distinct()
                .limit(MAX_INGREDIENTS).forEach(code -> {
                    try {
                        report.search(code, 1, 1).items().stream().findFirst()
                                .ifPresent(p -> names.put(code, p.ingredient()));
                    } catch (RuntimeException unavailable) {
                        // the code alone, then
                    }
                });
        return names;
    }

    /** The name of an ingredient (its seven-character key), from one product of it; the key when none is known. */
    public String ofIngredient(String ingredientKey) {
        try {
            return report.search(ingredientKey, 1, 1).items().stream().findFirst()
                    .map(ReportApi.Product::ingredient).filter(n -> n != null && !n.isBlank()).orElse(ingredientKey);
        } catch (RuntimeException unavailable) {
            return ingredientKey;
        }
    }

    /** The names of the products the alerts are about, where an alert does not carry its product's name. */
    public Map<String, String> ofAlerts(List<NotificationApi.InboxEntry> entries) {
        return ofProducts(entries.stream().filter(e -> e.yjCode() != null && e.productName() == null)
                .map(NotificationApi.InboxEntry::yjCode).toList());
    }

    /** The product name of one alert as it arrives, without blocking, when it does not carry it; none if unknown. */
    public Uni<Map<String, String>> ofAlertLater(NotificationApi.InboxEntry entry) {
        if (entry == null || entry.yjCode() == null || entry.productName() != null) {
            return Uni.createFrom().item(Map.of());
        }
        String yj = entry.yjCode();
        return report.searchLater(yj, 1, 1).map(page -> page.items().stream()
                        .filter(p -> yj.equals(p.yjCode()) && p.productName() != null).findFirst()
                        .map(p -> Map.of(yj, p.productName())).orElse(Map.<String, String>of()))
                .onFailure().recoverWithItem(Map.of());
    }
}
