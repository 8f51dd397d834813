package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shortagewatch.notification.domain.WebhookTargetPolicy.AddressClass;
import org.shortagewatch.notification.domain.WebhookTargetPolicy.Verdict;

/** The server-side request forgery rules for webhook targets, with a fake resolver: no network. */
class WebhookTargetPolicyTest {

    /** Only IP literals are parsed by the JDK (no lookup happens for them); names come from the fake DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** A fake DNS: names to addresses, IP literals to themselves, anything else unresolvable; counts lookups. */
    static final class FakeResolver implements Function<String, List<InetAddress>> {
        final Map<String, List<InetAddress>> names = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        FakeResolver answer(String name, String... addresses) {
            List<InetAddress> list = new ArrayList<>();
            for (String a : addresses) {
                list.add(ip(name, a));
            }
            names.put(name, list);
            return this;
        }

        @Override
        public List<InetAddress> apply(String host) {
            asked.add(host);
            String fqdn = host.endsWith(".") ? host.substring(0, host.length() - 1) : host; // as real DNS does
            if (names.containsKey(fqdn)) {
                return names.get(fqdn);
            }
            if (IP_LITERAL.matcher(host).matches()) {
                return List.of(ip(null, host));
            }
            return List.of();
        }
    }

    static InetAddress ip(String name, String literal) {
        if (!IP_LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("not an IP literal: " + literal);
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal); // a literal: parsed, not looked up
            return InetAddress.getByAddress(name, parsed.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** Keeps an IPv4-mapped address an Inet6Address (the JDK turns ::ffff:a.b.c.d into an Inet4Address). */
    static InetAddress v6(int... bytes) throws UnknownHostException {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) bytes[i];
        }
        return Inet6Address.getByAddress(null, b, -1);
    }

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
        return new WebhookTargetPolicy(false, dns()).check(url);
    }

    private static Verdict checkAllowingPrivate(String url) {
        return new WebhookTargetPolicy(true, dns()).check(url);
    }

    private static void assertRefused(Verdict v, String reasonFragment) {
        assertFalse(v.allowed(), () -> "expected a refusal, got " + v);
        assertTrue(v.refused());
        assertEquals("webhookUrl", v.field());
        assertNotNull(v.reason());
        assertTrue(v.reason().contains(reasonFragment), () -> "reason '" + v.reason() + "' lacks '" + reasonFragment + "'");
        assertTrue(v.addresses().isEmpty());
    }

    // --- addresses --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // public, including the neighbours of every refused IPv4 range
            "8.8.8.8, PUBLIC",
            "1.1.1.1, PUBLIC",
            "203.104.209.10, PUBLIC",
            "1.0.0.0, PUBLIC",
            "9.255.255.255, PUBLIC",
            "11.0.0.0, PUBLIC",
            "100.63.255.255, PUBLIC",
            "100.128.0.0, PUBLIC",
            "126.255.255.255, PUBLIC",
            "128.0.0.0, PUBLIC",
            "169.253.255.255, PUBLIC",
            "169.255.0.0, PUBLIC",
            "172.15.255.255, PUBLIC",
            "172.32.0.0, PUBLIC",
            "192.167.255.255, PUBLIC",
            "192.169.0.0, PUBLIC",
            "192.0.1.1, PUBLIC",
            "198.17.255.255, PUBLIC",
            "198.20.0.0, PUBLIC",
            "223.255.255.255, PUBLIC",
            // this network, any-local
            "0.0.0.0, ANY_LOCAL",
            "0.0.0.1, THIS_NETWORK",
            "0.255.255.255, THIS_NETWORK",
            // loopback
            "127.0.0.1, LOOPBACK",
            "127.0.0.0, LOOPBACK",
            "127.1.2.3, LOOPBACK",
            "127.255.255.255, LOOPBACK",
            // private
            "10.0.0.0, PRIVATE",
            "10.255.255.255, PRIVATE",
            "172.16.0.0, PRIVATE",
            "172.31.255.255, PRIVATE",
            "192.168.0.0, PRIVATE",
            "192.168.255.255, PRIVATE",
            // carrier-grade NAT
            "100.64.0.0, CARRIER_GRADE_NAT",
            "100.127.255.255, CARRIER_GRADE_NAT",
            // link-local, the cloud metadata endpoint among them
            "169.254.0.0, LINK_LOCAL",
            "169.254.169.254, LINK_LOCAL",
            "169.254.255.255, LINK_LOCAL",
            // multicast, broadcast, reserved, documentation, benchmarking
            "224.0.0.1, MULTICAST",
            "239.255.255.255, MULTICAST",
            "255.255.255.255, BROADCAST",
            "240.0.0.1, RESERVED",
            "255.255.255.254, RESERVED",
            "192.0.0.8, RESERVED",
            "192.0.2.1, RESERVED",
            "198.51.100.7, RESERVED",
            "203.0.113.9, RESERVED",
            "198.18.0.1, RESERVED",
            "198.19.255.255, RESERVED",
            // IPv6
            "2001:4860:4860::8888, PUBLIC",
            "2606:4700:4700::1111, PUBLIC",
            "2400:cb00::1, PUBLIC",
            "::, ANY_LOCAL",
            "::1, LOOPBACK",
            "fe80::1, LINK_LOCAL",
            "febf:ffff::1, LINK_LOCAL",
            "fec0::1, PRIVATE",
            "fc00::1, UNIQUE_LOCAL",
            "fd12:3456:789a::1, UNIQUE_LOCAL",
            "ff02::1, MULTICAST",
            "ff0e::1, MULTICAST",
            "100::1, RESERVED",
            "2001:db8::1, RESERVED",
            "2001:0:4136:e378::1, RESERVED",
            "3fff::1, RESERVED",
            "4000::1, RESERVED",
            "::2, RESERVED",
            // IPv4 inside IPv6: judged as the IPv4 (the JDK hands mapped ones back as IPv4)
            "::ffff:127.0.0.1, LOOPBACK",
            "::ffff:169.254.169.254, LINK_LOCAL",
            "::ffff:10.0.0.1, PRIVATE",
            "::ffff:8.8.8.8, PUBLIC",
            "::127.0.0.1, LOOPBACK",
            "::10.0.0.1, PRIVATE",
            "::8.8.8.8, RESERVED",
            "64:ff9b::808:808, PUBLIC",
            "64:ff9b::7f00:1, LOOPBACK",
            "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "64:ff9b::c0a8:101, PRIVATE",
            "64:ff9b:1::a00:1, RESERVED",
            "2002:808:808::1, PUBLIC",
            "2002:7f00:1::1, LOOPBACK",
            "2002:a00:1::1, PRIVATE",
            "2002:a9fe:a9fe::1, LINK_LOCAL",
    })
    void classifiesAddresses(String literal, AddressClass expected) {
        InetAddress address = ip(null, literal);
        assertEquals(expected, WebhookTargetPolicy.classify(address));
        assertEquals(expected == AddressClass.PUBLIC, WebhookTargetPolicy.isPublic(address));
    }

    @Test
    void judgesIpv4MappedAddressesKeptAsIpv6AsTheirIpv4() throws Exception {
        int ff = 0xff;
        InetAddress mappedLoopback = v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 127, 0, 0, 1);
        assertInstanceOf(Inet6Address.class, mappedLoopback);
        assertEquals(AddressClass.LOOPBACK, WebhookTargetPolicy.classify(mappedLoopback));
        assertEquals(AddressClass.LINK_LOCAL,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 169, 254, 169, 254)));
        assertEquals(AddressClass.PRIVATE,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 172, 16, 0, 1)));
        assertEquals(AddressClass.ANY_LOCAL,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 0, 0)));
        assertEquals(AddressClass.BROADCAST,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 255, 255, 255, 255)));
        assertEquals(AddressClass.PUBLIC,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 8, 8, 8, 8)));
        // IPv4-translated ::ffff:0:a.b.c.d
        assertEquals(AddressClass.LOOPBACK,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 127, 0, 0, 1)));
        assertEquals(AddressClass.RESERVED,
                WebhookTargetPolicy.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 8, 8, 8, 8)));
    }

    // --- URLs that are refused whatever the configuration ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ftp://hooks.pharmacy.example.jp/x                 | must use http or https",
            "file:///etc/passwd                                | must use http or https",
            "gopher://hooks.pharmacy.example.jp:70/_x          | must use http or https",
            "jar:http://hooks.pharmacy.example.jp/x!/y         | must use http or https",
            "javascript:alert(1)                               | must use http or https",
            "//hooks.pharmacy.example.jp/x                     | must use http or https",
            "/relative/path                                    | must use http or https",
            "hooks.pharmacy.example.jp/x                       | must use http or https",
            "http:hooks.pharmacy.example.jp                    | must name a host",
            "http:///x                                         | must name a host",
            "http://                                           | not a valid URL",
            "https://user:secret@hooks.pharmacy.example.jp/x   | must not carry user-info",
            "https://user@hooks.pharmacy.example.jp/x          | must not carry user-info",
            "https://hooks.pharmacy.example.jp@127.0.0.1/x     | must not carry user-info",
            "https://@hooks.pharmacy.example.jp/x              | must not carry user-info",
            "http://my_host.example/x                          | not a valid host name or IP address",
            "http://%31%32%37.0.0.1/x                          | not a valid host name or IP address",
            "http://hooks.pharmacy.example.jp\\@127.0.0.1/     | not a valid URL",
            "http://hooks .example/x                           | not a valid URL",
            "http://[v1.fe80::1]/x                             | not a valid URL",
            "http://日本語.jp/x                                 | xn-- form",
            "http://hooks.pharmacy.example.jp:0/x              | port must be between 1 and 65535",
            "http://hooks.pharmacy.example.jp:65536/x          | port must be between 1 and 65535",
            "http://[fe80::1%25eth0]/x                         | zone id",
            "http://2130706433/x                               | dotted-decimal",
            "http://0177.0.0.1/x                               | dotted-decimal",
            "http://127.000.000.001/x                          | dotted-decimal",
            "http://127.1/x                                    | not a valid host name or IP address",
            "http://0x7f.0.0.1/x                               | not a valid host name or IP address",
            "http://nowhere.invalid/x                          | cannot be resolved",
    })
    void refusesMalformedOrUnresolvableTargetsEvenWhenPrivateTargetsAreAllowed(String url, String reason) {
        FakeResolver dns = dns();
        assertRefused(new WebhookTargetPolicy(false, dns).check(url), reason);
        assertRefused(new WebhookTargetPolicy(true, dns).check(url), reason);
        if (!reason.equals("cannot be resolved")) {
            assertTrue(dns.asked.isEmpty(), () -> "no lookup for a malformed URL, but asked " + dns.asked);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesAMissingUrl(String url) {
        assertRefused(check(url), "required");
        assertRefused(checkAllowingPrivate(url), "required");
    }

    // --- URLs refused unless private targets are allowed -----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://localhost:8080/hook                    | localhost",
            "http://LOCALHOST/hook                         | localhost",
            "http://localhost./hook                        | localhost",
            "http://app.localhost/hook                     | localhost",
            "http://127.0.0.1/hook                         | a loopback address",
            "http://127.0.0.1:8083/api/v1/subscriptions    | a loopback address",
            "http://127.255.255.254/hook                   | a loopback address",
            "http://[::1]/hook                             | a loopback address",
            "http://[::ffff:127.0.0.1]/hook                | a loopback address",
            "http://[::ffff:7f00:1]/hook                   | a loopback address",
            "http://[0:0:0:0:0:ffff:127.0.0.1]/hook        | a loopback address",
            "http://0.0.0.0:8083/hook                      | any-local",
            "http://[::]/hook                              | any-local",
            "http://0.1.2.3/hook                           | this network",
            "http://169.254.169.254/latest/meta-data/      | link-local",
            "http://[::ffff:169.254.169.254]/latest/       | link-local",
            "http://[fe80::1]/hook                         | link-local",
            "http://metadata.google.internal/computeMetadata/v1/ | link-local",
            "http://10.0.0.1/hook                          | a private network address",
            "http://172.16.0.1/hook                        | a private network address",
            "http://172.31.255.255/hook                    | a private network address",
            "http://192.168.1.1/hook                       | a private network address",
            "http://[::ffff:10.0.0.1]/hook                 | a private network address",
            "http://[fec0::1]/hook                         | a private network address",
            "http://[fc00::1]/hook                         | unique-local",
            "http://[fd00:ec2::254]/hook                   | unique-local",
            "http://100.64.0.1/hook                        | carrier-grade NAT",
            "http://100.127.255.254/hook                   | carrier-grade NAT",
            "http://224.0.0.1/hook                         | multicast",
            "http://[ff02::1]/hook                         | multicast",
            "http://255.255.255.255/hook                   | broadcast",
            "http://240.0.0.1/hook                         | reserved",
            "http://192.0.2.10/hook                        | reserved",
            "http://[2001:db8::1]/hook                     | reserved",
            "http://[64:ff9b::a9fe:a9fe]/hook              | link-local",
            "https://intranet.example/hook                 | a private network address",
            "https://metadata.example/hook                 | link-local",
            "https://rebind.example/hook                   | a loopback address",
            "https://half-private.example/hook             | a private network address",
            "https://half-private-v6.example/hook          | unique-local",
            "https://mapped.example/hook                   | a private network address",
            "https://cgnat.example/hook                    | carrier-grade NAT",
            "https://wildcard.example/hook                 | any-local",
    })
    void refusesNonPublicTargetsByDefaultAndAllowsThemWhenConfigured(String url, String reason) {
        assertRefused(check(url), reason);
        Verdict allowed = checkAllowingPrivate(url);
        assertTrue(allowed.allowed(), () -> "allowed with allowPrivateTargets: " + allowed);
        assertNull(allowed.reason());
        assertEquals("webhookUrl", allowed.field());
        assertFalse(allowed.addresses().isEmpty());
    }

    @Test
    void neverLooksUpLocalhostWhenPrivateTargetsAreNotAllowed() {
        FakeResolver dns = dns();
        assertRefused(new WebhookTargetPolicy(false, dns).check("http://localhost:8080/hook"), "localhost");
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
        assertTrue(v.addresses().stream().allMatch(WebhookTargetPolicy::isPublic));
    }

    @Test
    void resolvesTheHostAsWrittenButLowerCasedAndIpv6WithoutBrackets() {
        FakeResolver dns = dns();
        WebhookTargetPolicy policy = new WebhookTargetPolicy(false, dns);
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
                assertRefused(new WebhookTargetPolicy(allowPrivate, resolver).check("https://hooks.pharmacy.example.jp/x"),
                        "cannot be resolved");
            }
        }
    }

    // --- checking again at delivery time (DNS rebinding) -------------------------------------------------------

    @Test
    void checksAddressesResolvedAgainAtDeliveryTime() {
        assertTrue(WebhookTargetPolicy.checkResolved("hooks.pharmacy.example.jp",
                List.of(ip("hooks.pharmacy.example.jp", "203.104.209.10")), false).allowed());
        // the same name, rebound to a private address after the subscription was checked
        Verdict rebound = WebhookTargetPolicy.checkResolved("hooks.pharmacy.example.jp",
                List.of(ip("hooks.pharmacy.example.jp", "203.104.209.10"), ip("hooks.pharmacy.example.jp", "127.0.0.1")),
                false);
        assertRefused(rebound, "a loopback address");
        assertRefused(WebhookTargetPolicy.checkResolved("[::1]", List.of(ip(null, "::1")), false), "loopback");
        assertRefused(WebhookTargetPolicy.checkResolved("localhost", List.of(ip(null, "8.8.8.8")), false), "localhost");
        assertRefused(WebhookTargetPolicy.checkResolved(null, List.of(ip(null, "169.254.169.254")), false), "link-local");
        assertRefused(WebhookTargetPolicy.checkResolved("gone.example", List.of(), false), "cannot be resolved");
        assertRefused(WebhookTargetPolicy.checkResolved("gone.example", null, true), "cannot be resolved");
        List<InetAddress> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(WebhookTargetPolicy.checkResolved("gone.example", withNull, false), "cannot be resolved");

        Verdict demo = WebhookTargetPolicy.checkResolved("localhost", List.of(ip(null, "127.0.0.1")), true);
        assertTrue(demo.allowed());
        assertEquals("localhost", demo.host());
        assertEquals(List.of(ip(null, "127.0.0.1")), demo.addresses());
    }
}
