package org.shortagewatch.notification.network;

/** What an address is, as far as being called from a server on somebody's behalf goes. */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    ANY_LOCAL("the unspecified (any-local) address"),
    THIS_NETWORK("a \"this network\" address (0.0.0.0/8)"),
    LINK_LOCAL("a link-local address (such as a cloud metadata endpoint)"),
    PRIVATE("a private network address"),
    UNIQUE_LOCAL("a unique-local IPv6 address"),
    CARRIER_GRADE_NAT("a carrier-grade NAT address (100.64.0.0/10)"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    RESERVED("a reserved or documentation address that is not publicly routable");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isPublic() {
        return this == PUBLIC;
    }
}
