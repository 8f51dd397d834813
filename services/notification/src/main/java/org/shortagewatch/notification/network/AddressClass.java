package org.shortagewatch.notification.network;

/** What an address is, as far as being called from a server on somebody's behalf goes. */
public enum AddressClass {
    PUBLIC("a public address", "グローバル アドレス"),
    LOOPBACK("a loopback address", "ループバック アドレス"),
    ANY_LOCAL("the unspecified (any-local) address", "未指定アドレス（any-local）"),
    THIS_NETWORK("a \"this network\" address (0.0.0.0/8)", "「このネットワーク」のアドレス（0.0.0.0/8）"),
    LINK_LOCAL("a link-local address (such as a cloud metadata endpoint)", "リンクローカル アドレス（クラウドのメタデータ エンドポイントなど）"),
    PRIVATE("a private network address", "プライベート ネットワークのアドレス"),
    UNIQUE_LOCAL("a unique-local IPv6 address", "IPv6 ユニークローカル アドレス"),
    CARRIER_GRADE_NAT("a carrier-grade NAT address (100.64.0.0/10)", "キャリアグレード NAT のアドレス（100.64.0.0/10）"),
    MULTICAST("a multicast address", "マルチキャスト アドレス"),
    BROADCAST("the broadcast address", "ブロードキャスト アドレス"),
    RESERVED("a reserved or documentation address that is not publicly routable", "公にルーティングされない予約済み・文書用のアドレス");

    private final String description;
    private final String descriptionJa;

    AddressClass(String description, String descriptionJa) {
        this.description = description;
        this.descriptionJa = descriptionJa;
    }

    public String description() {
        return description;
    }

    /** The description in Japanese, for a refusal a Japanese caller reads. */
    public String descriptionJa() {
        return descriptionJa;
    }

    public boolean isPublic() {
        return this == PUBLIC;
    }
}
