package org.shortagewatch.portal.rest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The three services at a port nothing listens on: a page that asks one says it cannot be reached (503), whatever
 * else runs on the machine (deploy/local's services on their usual ports). That a page asked at all shows what it
 * read from the request; a page that answers otherwise sent nothing.
 */
public class ServicesAway implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.report.url", "http://127.0.0.1:9",
                "quarkus.rest-client.allocation.url", "http://127.0.0.1:9",
                "quarkus.rest-client.notification.url", "http://127.0.0.1:9");
    }
}
