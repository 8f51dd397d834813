package org.shortagewatch.notification.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.notification.network.AddressClassifierTest.ip;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shortagewatch.notification.network.WebhookTargetGuard.Verdict;

/** The server-side request forgery rules for webhook targets, with a fake resolver: no network. */
class WebhookTargetGuardTest {

    private static FakeResolver dns() {
        return new FakeResolver()
                .answer("hooks.pharmacy.example.jp", "203.104.209.10")
                .answer("api.hospital.example", "8.8.8.8", "2001:4860:4860::8888")
                .answer("v6only.example", "2606:4700:4700::1111")
                .answer("dns64.example", "64:ff9b::808:808")
                .answer("intranet.example", "10.1.2.3")
                .answer("metadata.example", "169.254.169.254")
                .answer("metadata.google.internal", "169.254.169.254")
                .answer("rebind.example", "127.0.0.1")
                .answer("half-private.example", "8.8.8.8", "192.168.1.10")
                .answer("half-private-v6.example", "8.8.8.8", "fd00::1")
                .answer("mapped.example", "::ffff:10.0.0.1")
                .answer("cgnat.example", "100.64.0.1")
                .answer("wildcard.example", "0.0.0.0")
                .answer("localhost", "127.0.0.1", "::1")
                .answer("app.localhost", "127.0.0.1");
    }

    private static Verdict check(String url) {
        return new WebhookTargetGuard(false, dns()).check(url);
    }

    private static Verdict checkAllowingPrivate(String url) {
        return new WebhookTargetGuard(true, dns()).check(url);
    }

    private static void assertRefused(Verdict v, String reasonFragment) {
        assertFalse(v.allowed(), () -> "expected a refusal, got " + v);
        assertTrue(v.refused());
        assertEquals("webhookUrl", v.field());
        assertNotNull(v.reason());
        assertTrue(v.reason().contains(reasonFragment), () -> "reason '" + v.reason() + "' lacks '" + reasonFragment + "'");
        assertTrue(v.addresses().isEmpty());
    }

    // --- URLs that are refused: whatever the configuration, or unless private targets are allowed ---------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // URL | why it is refused by default | with private targets allowed: refused alike, or allowed
            "ftp://hooks.pharmacy.example.jp/x                   | must use http or https              | refused",
            "file:///etc/passwd                                  | must use http or https              | refused",
            "gopher://hooks.pharmacy.example.jp:70/_x            | must use http or https              | refused",
            "jar:http://hooks.pharmacy.example.jp/x!/y           | must use http or https              | refused",
            "javascript:alert(1)                                 | must use http or https              | refused",
            "//hooks.pharmacy.example.jp/x                       | must use http or https              | refused",
            "/relative/path                                      | must use http or https              | refused",
            "hooks.pharmacy.example.jp/x                         | must use http or https              | refused",
            "http:hooks.pharmacy.example.jp                      | must name a host                    | refused",
            "http:///x                                           | must name a host                    | refused",
            "http://                                             | not a valid URL                     | refused",
            "https://user:secret@hooks.pharmacy.example.jp/x     | must not carry user-info            | refused",
            "https://user@hooks.pharmacy.example.jp/x            | must not carry user-info            | refused",
            "https://hooks.pharmacy.example.jp@127.0.0.1/x       | must not carry user-info            | refused",
            "https://@hooks.pharmacy.example.jp/x                | must not carry user-info            | refused",
            "http://my_host.example/x                            | not a valid host name or IP address | refused",
            "http://%31%32%37.0.0.1/x                            | not a valid host name or IP address | refused",
            "http://hooks.pharmacy.example.jp\\@127.0.0.1/       | not a valid URL                     | refused",
            "http://hooks .example/x                             | not a valid URL                     | refused",
            "http://[v1.fe80::1]/x                               | not a valid URL                     | refused",
            "http://日本語.jp/x                                     | xn-- form                           | refused",
            "http://hooks.pharmacy.example.jp:0/x                | port must be between 1 and 65535    | refused",
            "http://hooks.pharmacy.example.jp:65536/x            | port must be between 1 and 65535    | refused",
            "http://[fe80::1%25eth0]/x                           | zone id                             | refused",
            "http://2130706433/x                                 | dotted-decimal                      | refused",
            "http://0177.0.0.1/x                                 | dotted-decimal                      | refused",
            "http://127.000.000.001/x                            | dotted-decimal                      | refused",
            "http://127.1/x                                      | not a valid host name or IP address | refused",
            "http://0x7f.0.0.1/x                                 | not a valid host name or IP address | refused",
            "http://nowhere.invalid/x                            | cannot be resolved                  | refused",
            "http://localhost:8080/hook                          | localhost                           | allowed",
            "http://LOCALHOST/hook                               | localhost                           | allowed",
            "http://localhost./hook                              | localhost                           | allowed",
            "http://app.localhost/hook                           | localhost                           | allowed",
            "http://127.0.0.1/hook                               | a loopback address                  | allowed",
            "http://127.0.0.1:8083/api/v1/subscriptions          | a loopback address                  | allowed",
            "http://127.255.255.254/hook                         | a loopback address                  | allowed",
            "http://[::1]/hook                                   | a loopback address                  | allowed",
            "http://[::ffff:127.0.0.1]/hook                      | a loopback address                  | allowed",
            "http://[::ffff:7f00:1]/hook                         | a loopback address                  | allowed",
            "http://[0:0:0:0:0:ffff:127.0.0.1]/hook              | a loopback address                  | allowed",
            "http://0.0.0.0:8083/hook                            | any-local                           | allowed",
            "http://[::]/hook                                    | any-local                           | allowed",
            "http://0.1.2.3/hook                                 | this network                        | allowed",
            "http://169.254.169.254/latest/meta-data/            | link-local                          | allowed",
            "http://[::ffff:169.254.169.254]/latest/             | link-local                          | allowed",
            "http://[fe80::1]/hook                               | link-local                          | allowed",
            "http://metadata.google.internal/computeMetadata/v1/ | link-local                          | allowed",
            "http://10.0.0.1/hook                                | a private network address           | allowed",
            "http://172.16.0.1/hook                              | a private network address           | allowed",
            "http://172.31.255.255/hook                          | a private network address           | allowed",
            "http://192.168.1.1/hook                             | a private network address           | allowed",
            "http://[::ffff:10.0.0.1]/hook                       | a private network address           | allowed",
            "http://[fec0::1]/hook                               | a private network address           | allowed",
            "http://[fc00::1]/hook                               | unique-local                        | allowed",
            "http://[fd00:ec2::254]/hook                         | unique-local                        | allowed",
            "http://100.64.0.1/hook                              | carrier-grade NAT                   | allowed",
            "http://100.127.255.254/hook                         | carrier-grade NAT                   | allowed",
            "http://224.0.0.1/hook                               | multicast                           | allowed",
            "http://[ff02::1]/hook                               | multicast                           | allowed",
            "http://255.255.255.255/hook                         | broadcast                           | allowed",
            "http://240.0.0.1/hook                               | reserved                            | allowed",
            "http://192.0.2.10/hook                              | reserved                            | allowed",
            "http://[2001:db8::1]/hook                           | reserved                            | allowed",
            "http://[64:ff9b::a9fe:a9fe]/hook                    | link-local                          | allowed",
            "https://intranet.example/hook                       | a private network address           | allowed",
            "https://metadata.example/hook                       | link-local                          | allowed",
            "https://rebind.example/hook                         | a loopback address                  | allowed",
            "https://half-private.example/hook                   | a private network address           | allowed",
            "https://half-private-v6.example/hook                | unique-local                        | allowed",
            "https://mapped.example/hook                         | a private network address           | allowed",
            "https://cgnat.example/hook                          | carrier-grade NAT                   | allowed",
            "https://wildcard.example/hook                       | any-local                           | allowed",
    })
    void refusesMalformedUnresolvableAndNonPublicTargets(String url, String reason, String allowingPrivate) {
        FakeResolver dns = dns();
        assertRefused(new WebhookTargetGuard(false, dns).check(url), reason);
        Verdict withPrivate = new WebhookTargetGuard(true, dns).check(url);
        if (allowingPrivate.equals("allowed")) {
            assertTrue(withPrivate.allowed(), () -> "allowed with allowPrivateTargets: " + withPrivate);
            assertNull(withPrivate.reason());
            assertEquals("webhookUrl", withPrivate.field());
            assertFalse(withPrivate.addresses().isEmpty());
        } else {
            assertRefused(withPrivate, reason);
            if (!reason.equals("cannot be resolved")) {
                assertTrue(dns.asked.isEmpty(), () -> "no lookup for a malformed URL, but asked " + dns.asked);
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesAMissingUrl(String url) {
        assertRefused(check(url), "required");
        assertRefused(checkAllowingPrivate(url), "required");
    }

    @Test
    void neverLooksUpLocalhostWhenPrivateTargetsAreNotAllowed() {
        FakeResolver dns = dns();
        assertRefused(new WebhookTargetGuard(false, dns).check("http://localhost:8080/hook"), "localhost");
        assertTrue(dns.asked.isEmpty());
    }

    @Test
    void doesNotTellTheSubscriberWhatAnInternalNameResolvesTo() {
        Verdict v = check("https://intranet.example/hook");
        assertRefused(v, "intranet.example");
        assertFalse(v.reason().contains("10.1.2.3"), v.reason());
    }

    // --- allowed -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://hooks.pharmacy.example.jp/hooks/supply",
            "http://hooks.pharmacy.example.jp/hooks/supply",
            "https://hooks.pharmacy.example.jp:8443/hooks/supply?token=abc#frag",
            "https://HOOKS.Pharmacy.Example.JP/hooks/supply",
            "HTTPS://hooks.pharmacy.example.jp/hooks/supply",
            "https://hooks.pharmacy.example.jp./hooks/supply",
            "https://api.hospital.example/hook",
            "https://v6only.example/hook",
            "https://dns64.example/hook",
            "https://8.8.8.8/hook",
            "https://[2606:4700:4700::1111]:443/hook",
            "https://[::ffff:8.8.8.8]/hook",
            "https://[64:ff9b::808:808]/hook",
            "https://hooks.pharmacy.example.jp?@127.0.0.1",
            "https://hooks.pharmacy.example.jp#@127.0.0.1",
    })
    void allowsPublicTargets(String url) {
        Verdict v = check(url);
        assertTrue(v.allowed(), () -> "expected allowed: " + v);
        assertNull(v.reason());
        assertEquals("webhookUrl", v.field());
        assertFalse(v.addresses().isEmpty());
        assertTrue(v.addresses().stream().allMatch(AddressClassifier::isPublic));
    }

    @Test
    void resolvesTheHostAsWrittenButLowerCasedAndIpv6WithoutBrackets() {
        FakeResolver dns = dns();
        WebhookTargetGuard policy = new WebhookTargetGuard(false, dns);
        policy.check("https://HOOKS.Pharmacy.Example.JP/x");
        policy.check("https://[2606:4700:4700::1111]/x");
        assertEquals(List.of("hooks.pharmacy.example.jp", "2606:4700:4700::1111"), dns.asked);
        Verdict v = policy.check("https://api.hospital.example/x");
        assertEquals("api.hospital.example", v.host());
        assertEquals(2, v.addresses().size(), "every address is checked and handed back");
    }

    // --- the resolver failing ----------------------------------------------------------------------------------

    @Test
    void refusesWhenTheResolverFailsOrAnswersNothing() {
        Function<String, List<InetAddress>> throwing = host -> {
            throw new IllegalStateException("SERVFAIL");
        };
        Function<String, List<InetAddress>> nothing = host -> null;
        Function<String, List<InetAddress>> empty = host -> List.of();
        for (Function<String, List<InetAddress>> resolver : List.of(throwing, nothing, empty)) {
            for (boolean allowPrivate : new boolean[] {false, true}) {
                assertRefused(new WebhookTargetGuard(allowPrivate, resolver).check("https://hooks.pharmacy.example.jp/x"),
                        "cannot be resolved");
            }
        }
    }

    // --- checking again at delivery time (DNS rebinding) -------------------------------------------------------

    @Test
    void checksAddressesResolvedAgainAtDeliveryTime() {
        assertTrue(WebhookTargetGuard.checkResolved("hooks.pharmacy.example.jp",
                List.of(ip("hooks.pharmacy.example.jp", "203.104.209.10")), false).allowed());
        // the same name, rebound to a private address after the subscription was checked
        Verdict rebound = WebhookTargetGuard.checkResolved("hooks.pharmacy.example.jp",
                List.of(ip("hooks.pharmacy.example.jp", "203.104.209.10"), ip("hooks.pharmacy.example.jp", "127.0.0.1")),
                false);
        assertRefused(rebound, "a loopback address");
        assertRefused(WebhookTargetGuard.checkResolved("[::1]", List.of(ip(null, "::1")), false), "loopback");
        assertRefused(WebhookTargetGuard.checkResolved("localhost", List.of(ip(null, "8.8.8.8")), false), "localhost");
        assertRefused(WebhookTargetGuard.checkResolved(null, List.of(ip(null, "169.254.169.254")), false), "link-local");
        assertRefused(WebhookTargetGuard.checkResolved("gone.example", List.of(), false), "cannot be resolved");
        assertRefused(WebhookTargetGuard.checkResolved("gone.example", null, true), "cannot be resolved");
        List<InetAddress> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(WebhookTargetGuard.checkResolved("gone.example", withNull, false), "cannot be resolved");

        Verdict demo = WebhookTargetGuard.checkResolved("localhost", List.of(ip(null, "127.0.0.1")), true);
        assertTrue(demo.allowed());
        assertEquals("localhost", demo.host());
        assertEquals(List.of(ip(null, "127.0.0.1")), demo.addresses());
    }
}
