package org.shortagewatch.notification.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses a server may call on somebody's behalf: every refused range, its neighbours, IPv4 inside IPv6. */
class AddressClassifierTest {

    /** Only IP literals are parsed by the JDK (no lookup happens for them); names come from a fake DNS. */
    static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

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
        assertEquals(expected, AddressClassifier.classify(address));
        assertEquals(expected == AddressClass.PUBLIC, AddressClassifier.isPublic(address));
    }

    @Test
    void judgesIpv4MappedAddressesKeptAsIpv6AsTheirIpv4() throws Exception {
        int ff = 0xff;
        InetAddress mappedLoopback = v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 127, 0, 0, 1);
        assertInstanceOf(Inet6Address.class, mappedLoopback);
        assertEquals(AddressClass.LOOPBACK, AddressClassifier.classify(mappedLoopback));
        assertEquals(AddressClass.LINK_LOCAL,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 169, 254, 169, 254)));
        assertEquals(AddressClass.PRIVATE,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 172, 16, 0, 1)));
        assertEquals(AddressClass.ANY_LOCAL,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 0, 0)));
        assertEquals(AddressClass.BROADCAST,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 255, 255, 255, 255)));
        assertEquals(AddressClass.PUBLIC,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 8, 8, 8, 8)));
        // IPv4-translated ::ffff:0:a.b.c.d
        assertEquals(AddressClass.LOOPBACK,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 127, 0, 0, 1)));
        assertEquals(AddressClass.RESERVED,
                AddressClassifier.classify(v6(0, 0, 0, 0, 0, 0, 0, 0, ff, ff, 0, 0, 8, 8, 8, 8)));
    }
}
