package org.shortagewatch.portal.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.domain.YjCode;

import io.smallrye.mutiny.Uni;

/**
 * What the pages call the products and ingredients they list, from manufacturer-report's public catalogue.
 * A name is a courtesy: when the catalogue cannot be reached or does not know a code, the page shows the code.
 */
@ApplicationScoped
public class ProductNames {

    /** The most ingredients named in one call. */
    static final int MAX_INGREDIENTS = 100;
    /** An ingredient key: the first seven digits of a YJ code. */
    private static final Pattern INGREDIENT_KEY = Pattern.compile("[0-9]{7}");
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

    /** The names of a watch list's products (in one call) and ingredients (in another, {@link #ofIngredients}). */
    public Map<String, String> ofSubscriptions(List<NotificationApi.Subscription> list) {
        Map<String, String> names = ofProducts(list.stream().filter(s -> s.kind().equals("YJ_CODE"))
                .map(NotificationApi.Subscription::target).toList());
        names.putAll(ofIngredients(list.stream().filter(s -> s.kind().equals("INGREDIENT"))
                .map(NotificationApi.Subscription::target).toList()));
        return names;
    }

    /**
     * Ingredient names by key (seven characters), in one call for at most 100 keys; a key the catalogue does not name,
     * or could not be asked about, has no name.
     */
    public Map<String, String> ofIngredients(Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        List<String> distinct = keys.stream().filter(k -> k != null && INGREDIENT_KEY.matcher(k).matches()).distinct()
                .limit(MAX_INGREDIENTS).toList();
        if (distinct.isEmpty()) {
            return names;
        }
        try {
            report.ingredients(distinct).forEach(i -> names.put(i.key(), i.name()));
        } catch (RuntimeException unavailable) {
            // the keys alone, then
        }
        return names;
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
