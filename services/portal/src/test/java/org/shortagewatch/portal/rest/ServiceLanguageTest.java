package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

/**
 * Outside a page's request the filter adds nothing and fails nothing (the page's language, with the services'
 * refusals in it, is shown end to end by deploy/local's page tests).
 */
class ServiceLanguageTest {

    @Test
    void aCallOutsideAPagesRequestGoesWithoutALanguageAndAnExplicitOneIsKept() {
        MultivaluedMap<String, Object> none = new MultivaluedHashMap<>();
        new ServiceLanguage().filter(request(none));
        assertTrue(none.isEmpty(), "no language where no page is served: " + none);

        MultivaluedMap<String, Object> named = new MultivaluedHashMap<>();
        named.putSingle("Accept-Language", "en");
        new ServiceLanguage().filter(request(named));
        assertEquals("en", named.getFirst("Accept-Language"));
    }

    /** A client request with these headers (the only part of it the filter reads). */
    private static ClientRequestContext request(MultivaluedMap<String, Object> headers) {
        return (ClientRequestContext) Proxy.newProxyInstance(ServiceLanguageTest.class.getClassLoader(),
                new Class<?>[] {ClientRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders")) {
                        return headers;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
