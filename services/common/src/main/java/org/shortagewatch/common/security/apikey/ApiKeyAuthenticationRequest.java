package org.shortagewatch.common.security.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The {@code X-API-Key} a machine client presented. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
