package org.shortagewatch.infra;

import java.util.List;

/**
 * What the demo realm ({@code deploy/keycloak/shortage-watch-realm.json}) holds, for tests and the local run. Every
 * password, client secret and TOTP secret here is a DEMO value, public in this repository: never use the realm file
 * outside a local demo or test.
 */
public final class DemoRealm {

    public static final String NAME = "shortage-watch";

    /** Public client with direct access grants (the password grant) for scripts and tests; demo only. */
    public static final String DEMO_CLI = "demo-cli";
    /** Audience every access token of the realm carries. */
    public static final String API_AUDIENCE = "shortage-watch-api";

    /** A person who signs in: with a password, and with TOTP where {@code totpSecret} is set (Base32). */
    public record User(String username, String password, String role, String org, String totpSecret) {

        /** Whether the realm requires a second factor of this user (role two-factor-required, from the group). */
        public boolean twoFactorRequired() {
            return role.equals("regulator") || role.equals("admin");
        }
    }

    /** A confidential client; {@code role} and {@code org} are those of its service account, if it has one. */
    public record Client(String clientId, String secret, String role, String org) {
    }

    public static final User MANUFACTURER = new User("manufacturer", "demo-manufacturer", "manufacturer", "MFR001", null);
    public static final User MANUFACTURER2 = new User("manufacturer2", "demo-manufacturer2", "manufacturer", "MFR002", null);
    public static final User WHOLESALER = new User("wholesaler", "demo-wholesaler", "wholesaler", "WHS001", null);
    public static final User PHARMACY = new User("pharmacy", "demo-pharmacy", "facility", "1341234563", null);
    public static final User HOSPITAL = new User("hospital", "demo-hospital", "facility", "1311234569", null);
    public static final User REGULATOR = new User("regulator", "demo-regulator", "regulator", "MHLW",
            "MSPX43UOHDUITHUELF36XEVEVWUVU7KF");
    /** The second regulator, who reviews and approves another regulator's notice. */
    public static final User REGULATOR2 = new User("regulator2", "demo-regulator2", "regulator", "MHLW",
            "NNA2QWHI7MDOLZJULLVVNNPP5BIQEFQ2");
    public static final User ADMIN = new User("admin", "demo-admin-ops", "admin", "ops",
            "TSJQ4XBMDI6FBWGERAR3RGQ5ERRSSYHA");

    public static final List<User> USERS =
            List.of(MANUFACTURER, MANUFACTURER2, WHOLESALER, PHARMACY, HOSPITAL, REGULATOR, REGULATOR2, ADMIN);

    /** The web portal: authorization code flow with PKCE (S256), redirect URIs http://localhost:* and 127.0.0.1:*. */
    public static final Client PORTAL = new Client("portal", "portal-demo-secret-for-local-use-only", null, null);
    /** MFR001's system, posting with client credentials as a manufacturer. */
    public static final Client MANUFACTURER_ERP =
            new Client("manufacturer-erp", "manufacturer-erp-demo-secret", "manufacturer", "MFR001");
    /** WHS001's system, posting with client credentials as a wholesaler. */
    public static final Client WHOLESALER_WMS =
            new Client("wholesaler-wms", "wholesaler-wms-demo-secret", "wholesaler", "WHS001");

    public static final List<Client> MACHINE_CLIENTS = List.of(MANUFACTURER_ERP, WHOLESALER_WMS);

    private DemoRealm() {
    }
}
