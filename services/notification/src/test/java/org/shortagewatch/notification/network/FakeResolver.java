package org.shortagewatch.notification.network;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A fake DNS: names to addresses, IP literals to themselves, anything else unresolvable; counts lookups. */
final class FakeResolver implements Function<String, List<InetAddress>> {
    final Map<String, List<InetAddress>> names = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    FakeResolver answer(String name, String... addresses) {
        List<InetAddress> list = new ArrayList<>();
        for (String a : addresses) {
            list.add(AddressClassifierTest.ip(name, a));
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
        if (AddressClassifierTest.IP_LITERAL.matcher(host).matches()) {
            return List.of(AddressClassifierTest.ip(null, host));
        }
        return List.of();
    }
}
