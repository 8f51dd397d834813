package org.shortagewatch.portal.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What the pages call the wholesalers they show by code, from wholesaler-allocation's registry, in one call a page.
 * A name is a courtesy: when the registry cannot be reached or does not know a code, the page shows the code.
 */
@ApplicationScoped
public class WholesalerNames {

    @Inject
    @RestClient
    AllocationPublicClient allocation;

    /**
     * The names of wholesalers a page shows by code (of every registered wholesaler, by code): one call when there
     * are any, none when {@code codes} is empty; empty when the registry cannot be reached.
     */
    public Map<String, String> of(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : all();
    }

    /** Every registered wholesaler's name by code; empty when the registry cannot be reached. */
    private Map<String, String> all() {
        Map<String, String> names = new HashMap<>();
        try {
            allocation.wholesalers().forEach(w -> names.put(w.code(), w.name()));
        } catch (RuntimeException unavailable) {
            // the codes alone, then
        }
        return names;
    }
}
