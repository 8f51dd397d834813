package org.shortagewatch.notification.network;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * Classifies IP addresses by whether a server may call them on somebody's behalf ({@link AddressClass}): loopback,
 * private, link-local (the cloud metadata endpoint among them), carrier-grade NAT, multicast, reserved and
 * documentation ranges, and the IPv4 embedded in IPv4-mapped, -compatible, -translated, NAT64 and 6to4 IPv6
 * addresses, judged as that IPv4. Plain Java, no lookups: the addresses are given.
 */
public final class AddressClassifier {

    private AddressClassifier() {
    }

    /** Whether one address may be called when private targets are not allowed. */
    public static boolean isPublic(InetAddress address) {
        return classify(address).isPublic();
    }

    /** What kind of address this is; IPv4 embedded in IPv6 (mapped, NAT64, 6to4, ...) is judged as the IPv4. */
    public static AddressClass classify(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address || b.length == 4) {
            return classifyV4(b);
        }
        if (address instanceof Inet6Address || b.length == 16) {
            return classifyV6(b);
        }
        return AddressClass.RESERVED;
    }

    private static AddressClass classifyV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        if (a0 == 0) {
            return a1 == 0 && a2 == 0 && a3 == 0 ? AddressClass.ANY_LOCAL : AddressClass.THIS_NETWORK;
        }
        if (a0 == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return AddressClass.CARRIER_GRADE_NAT;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255) {
            return AddressClass.BROADCAST;
        }
        if ((a0 & 0xf0) == 224) {
            return AddressClass.MULTICAST;
        }
        if ((a0 & 0xf0) == 240 // reserved for future use
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2) // TEST-NET-1
                || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
                || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3
                || (a0 == 198 && (a1 & 0xfe) == 18)) { // benchmarking 198.18.0.0/15
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(byte[] b) {
        if (allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return b[15] == 0 ? AddressClass.ANY_LOCAL : AddressClass.LOOPBACK; // :: and ::1
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return classifyV4(Arrays.copyOfRange(b, 12, 16)); // ::ffff:0:0/96 IPv4-mapped
        }
        if (allZero(b, 0, 12)) {
            // ::/96 IPv4-compatible (deprecated): never public; named after the IPv4 when that is telling
            AddressClass c = embedded(Arrays.copyOfRange(b, 12, 16), AddressClass.RESERVED);
            return c == AddressClass.THIS_NETWORK ? AddressClass.RESERVED : c;
        }
        if (allZero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return embedded(Arrays.copyOfRange(b, 12, 16), AddressClass.RESERVED); // ::ffff:0:0:0/96 translated
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        int w2 = ((b[4] & 0xff) << 8) | (b[5] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b && allZero(b, 4, 12)) {
            // NAT64 well-known prefix 64:ff9b::/96: how IPv6-only hosts (DNS64) reach public IPv4 hosts
            return classifyV4(Arrays.copyOfRange(b, 12, 16));
        }
        if (w0 == 0x0064 && w1 == 0xff9b && w2 == 0x0001) {
            return AddressClass.RESERVED; // 64:ff9b:1::/48 local-use translation
        }
        if (w0 == 0x2002) {
            return embedded(Arrays.copyOfRange(b, 2, 6), AddressClass.PUBLIC); // 6to4 2002::/16
        }
        if ((w0 & 0xff00) == 0xff00) {
            return AddressClass.MULTICAST; // ff00::/8
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return AddressClass.LINK_LOCAL; // fe80::/10
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return AddressClass.PRIVATE; // fec0::/10, deprecated site-local
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return AddressClass.UNIQUE_LOCAL; // fc00::/7
        }
        if ((w0 & 0xe000) != 0x2000) {
            return AddressClass.RESERVED; // outside 2000::/3 global unicast (100::/64 discard-only among them)
        }
        if (w0 == 0x2001 && (w1 == 0x0db8 || w1 == 0x0000)) {
            return AddressClass.RESERVED; // 2001:db8::/32 documentation, 2001::/32 Teredo
        }
        if ((w0 & 0xfff0) == 0x3ff0) {
            return AddressClass.RESERVED; // 3fff::/20 documentation
        }
        return AddressClass.PUBLIC;
    }

    /** The class of an embedded IPv4 when it is not public, else {@code whenPublic}. */
    private static AddressClass embedded(byte[] v4, AddressClass whenPublic) {
        AddressClass c = classifyV4(v4);
        return c.isPublic() ? whenPublic : c;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
