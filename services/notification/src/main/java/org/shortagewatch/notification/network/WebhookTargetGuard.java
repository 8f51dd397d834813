package org.shortagewatch.notification.network;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.shortagewatch.common.rest.Text;

/**
 * The network guard of outgoing webhooks: decides whether a subscriber's webhook URL may be called, against
 * server-side request forgery: the service must not be made to POST to itself, to the cloud metadata endpoint or to
 * anything else on a private network.
 *
 * <p>A target is allowed when the URL is absolute {@code http} or {@code https}, carries no user-info, names a host
 * (an ASCII name, a canonical dotted-quad IPv4 or a bracketed IPv6 literal without a zone id, on a port 1-65535),
 * and every address the host resolves to is public. Refused: loopback, any-local, "this network" (0.0.0.0/8),
 * link-local (169.254.0.0/16, the cloud metadata endpoint 169.254.169.254 among them, and fe80::/10), private
 * (10/8, 172.16/12, 192.168/16 and the deprecated IPv6 site-local fec0::/10), unique-local IPv6 (fc00::/7),
 * carrier-grade NAT (100.64.0.0/10), multicast, broadcast, reserved and documentation ranges, the IPv4 embedded in
 * IPv4-mapped, -compatible, -translated, NAT64 (64:ff9b::/96) and 6to4 (2002::/16) IPv6 addresses when it is one of
 * those, the name {@code localhost} (and {@code *.localhost}) and any host that does not resolve.
 *
 * <p>With {@code allowPrivateTargets} (the local demo, where receivers live on localhost) any host that resolves is
 * allowed; the URL must still be well-formed http or https without user-info.
 *
 * <p>Checking a name at subscription time does not stop DNS rebinding (a name that answers a public address now and
 * a private one later), so the dispatcher should resolve again at delivery time and pass what it got to
 * {@link #checkResolved(String, List, boolean)}, ideally connecting to exactly those addresses.
 *
 * <p>Which addresses count as public is {@link AddressClassifier}'s to say. Plain Java: resolution is a function
 * handed in, so the rules are tested without a network.
 */
public final class WebhookTargetGuard {

    /** The request field every refusal names. */
    public static final String FIELD = "webhookUrl";

    private static final String DECIMAL_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(DECIMAL_OCTET + "(\\." + DECIMAL_OCTET + "){3}");
    /** A last label that is a number (decimal, octal or hex): the host would be read as an IPv4 address. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");

    /** Resolution with the JDK's resolver ({@link InetAddress#getAllByName}); blocking. No answer: empty list. */
    public static final Function<String, List<InetAddress>> SYSTEM_RESOLVER = host -> {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    };

    /**
     * The decision. When refused, {@code refusal} says why in words fit for the subscriber, in Japanese and English
     * (it never echoes what a name resolved to, so the check cannot be used to map internal DNS); when allowed,
     * {@code refusal} is null and {@code addresses} are those the host resolved to and that were checked.
     */
    public record Verdict(boolean allowed, String field, Text refusal, String host, List<InetAddress> addresses) {

        public Verdict {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
        }

        static Verdict allow(String host, List<InetAddress> addresses) {
            return new Verdict(true, FIELD, null, host, addresses);
        }

        static Verdict refuse(String host, Text refusal) {
            return new Verdict(false, FIELD, refusal, host, List.of());
        }

        /** Why it was refused, in English (as logged and stored with a failed delivery); null when allowed. */
        public String reason() {
            return refusal == null ? null : refusal.en();
        }

        public boolean refused() {
            return !allowed;
        }
    }

    private final boolean allowPrivateTargets;
    private final Function<String, List<InetAddress>> resolver;

    /**
     * @param allowPrivateTargets allow any resolvable host (local demo only)
     * @param resolver            host name or IP literal (IPv6 without brackets) to its addresses; an empty list, a
     *                            null or a runtime exception means the host does not resolve. May block.
     */
    public WebhookTargetGuard(boolean allowPrivateTargets, Function<String, List<InetAddress>> resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    /** Parses the URL, resolves its host (may block, depending on the resolver) and decides. */
    public Verdict check(String url) {
        Parsed parsed = parse(url);
        if (parsed.refusal != null) {
            return Verdict.refuse(parsed.host, parsed.refusal);
        }
        String host = parsed.host;
        if (!allowPrivateTargets && isLocalhostName(host)) {
            return Verdict.refuse(host, LOCALHOST);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.apply(host);
        } catch (RuntimeException e) {
            addresses = null;
        }
        if (addresses == null || addresses.isEmpty()) {
            return Verdict.refuse(host, unresolved(host));
        }
        return checkResolved(host, addresses, allowPrivateTargets);
    }

    /**
     * Checks addresses already resolved for a host, such as at delivery time (against DNS rebinding): allowed when
     * there is at least one and, unless {@code allowPrivateTargets}, the host is not {@code localhost} and every
     * address is public.
     *
     * @param host the host as in the URL (brackets and a trailing dot allowed); used for the localhost rule and
     *             the verdict only, may be null
     */
    public static Verdict checkResolved(String host, List<InetAddress> addresses, boolean allowPrivateTargets) {
        String normalized = host == null ? null : normalizeHost(host);
        if (addresses == null || addresses.isEmpty() || addresses.stream().anyMatch(Objects::isNull)) {
            return Verdict.refuse(normalized, unresolved(normalized));
        }
        if (allowPrivateTargets) {
            return Verdict.allow(normalized, addresses);
        }
        if (normalized != null && isLocalhostName(normalized)) {
            return Verdict.refuse(normalized, LOCALHOST);
        }
        for (InetAddress address : addresses) {
            AddressClass c = AddressClassifier.classify(address);
            if (!c.isPublic()) {
                String named = normalized == null ? "" : normalized + " ";
                return Verdict.refuse(normalized, Text.of(
                        "Webhook URL のホスト " + named + "は" + c.descriptionJa()
                                + "を指しています。Webhook はグローバル アドレスにだけ送ります",
                        "the webhook URL's host " + named + "resolves to " + c.description()
                                + "; webhooks go to public addresses only"));
            }
        }
        return Verdict.allow(normalized, addresses);
    }

    private static final Text LOCALHOST = Text.of(
            "Webhook URL に localhost は使えません。Webhook はグローバル アドレスに送ります",
            "the webhook URL must not point at localhost; webhooks go to public addresses");

    private static Text unresolved(String host) {
        return Text.of("Webhook URL のホスト " + host + " の名前解決ができません",
                "the webhook URL's host " + host + " cannot be resolved");
    }

    /** {@code localhost}, any {@code *.localhost} (RFC 6761: they are loopback too), with or without trailing dot. */
    static boolean isLocalhostName(String host) {
        String h = normalizeHost(host);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost");
    }

    /** Lower case, IPv6 brackets removed. */
    private static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    /** A host to resolve, or a refusal. */
    private record Parsed(String host, Text refusal) {
    }

    private static Parsed parse(String url) {
        if (url == null || url.isBlank()) {
            return new Parsed(null, Text.of("Webhook URL を指定してください", "the webhook URL is required"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Parsed(null, Text.of("Webhook URL が URL の形になっていません", "the webhook URL is not a valid URL"));
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return new Parsed(null, Text.of("Webhook URL は http か https にしてください", "the webhook URL must use http or https"));
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return new Parsed(null, Text.of("Webhook URL にホストを含めてください", "the webhook URL must name a host"));
        }
        if (uri.getRawUserInfo() != null || (uri.getHost() == null && uri.getRawAuthority().contains("@"))) {
            return new Parsed(null, Text.of("Webhook URL にユーザー情報（user:password@）を含めないでください",
                    "the webhook URL must not carry user-info (user:password@)"));
        }
        String rawHost = uri.getHost();
        if (rawHost == null) {
            boolean ascii = uri.getRawAuthority().chars().allMatch(ch -> ch < 0x80);
            return new Parsed(null, ascii ? Text.of("Webhook URL のホストがホスト名にも IP アドレスにもなっていません",
                    "the webhook URL's host is not a valid host name or IP address")
                    : Text.of("Webhook URL のホストは ASCII で書いてください。日本語ドメインは xn-- の形にしてください",
                            "the webhook URL's host must be ASCII; write an internationalized name in its xn-- form"));
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            return new Parsed(null, Text.of("Webhook URL のポートは 1 から 65535 にしてください",
                    "the webhook URL's port must be between 1 and 65535"));
        }
        if (rawHost.startsWith("[")) {
            if (rawHost.indexOf('%') >= 0) {
                return new Parsed(null, Text.of("Webhook URL の IPv6 アドレスにゾーン ID を付けないでください",
                        "the webhook URL's IPv6 address must not carry a zone id"));
            }
            return new Parsed(normalizeHost(rawHost), null);
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String lastLabel = trimmed.substring(trimmed.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(lastLabel).matches() && !CANONICAL_IPV4.matcher(trimmed).matches()) {
            // 2130706433, 0177.0.0.1, 127.1, 0x7f.1: resolvers disagree on these; only dotted-quad decimal is taken
            return new Parsed(host, Text.of(
                    "Webhook URL のホストは IPv4 アドレスに見えますが、10 進のドット区切り（例 203.0.113.5）になっていません",
                    "the webhook URL's host looks like an IPv4 address but is not in dotted-decimal form"));
        }
        return new Parsed(host, null);
    }
}
