package org.shortagewatch.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shortagewatch.infra.DemoRealm;

/**
 * A visitor of the portal over plain HTTP, with a browser's cookie jar and redirects: reads pages as they are served
 * and signs in through Keycloak's real login page (the authorization code flow, as a browser goes through it). For
 * tests and benchmarks of the pages themselves, where a real browser would only add time; the journeys that need
 * JavaScript use Chromium.
 */
public final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_FORM = Pattern.compile("<form[^>]*id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");

    /** What a browser accepts when it opens a page or posts a form: HTML first, anything else too (a CSV download). */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String portal;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A visitor of the portal at {@code portal} (e.g. {@code http://localhost:8080}), not signed in. */
    public PortalSession(String portal) {
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    /**
     * Signs in as a demo user without a second factor: opens {@code path} (a signed-in page), is sent to Keycloak's
     * login page, posts the user's name and password there, and is sent back. Returns the page it lands on.
     */
    public HttpResponse<String> signIn(DemoRealm.User user, String path) {
        if (user.twoFactorRequired()) {
            throw new IllegalArgumentException(user.username() + " signs in with a second factor: pass its codes");
        }
        return signIn(user, path, null);
    }

    /**
     * Signs in as a demo user, with a one-time code from {@code oneTimeCodes} where the user has a second factor
     * (Keycloak takes each code once: pass {@code KeycloakServer::totpCode} when other sign-ins of the same user
     * happen in the same run). Returns the page it lands on.
     */
    public HttpResponse<String> signIn(DemoRealm.User user, String path, Function<DemoRealm.User, String> oneTimeCodes) {
        HttpResponse<String> login = get(path);
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login page at " + login.uri() + " (" + login.statusCode() + ")");
        }
        HttpResponse<String> back = post(form.group(1), "username=" + encode(user.username()) + "&password="
                + encode(user.password()) + "&credentialId=");
        Matcher otp = OTP_FORM.matcher(back.body());
        if (user.totpSecret() != null && otp.find()) {
            back = post(otp.group(1), "otp=" + encode(oneTimeCodes.apply(user)) + "&login=Sign+In");
        }
        if (!back.uri().toString().startsWith(portal)) {
            throw new IllegalStateException("the sign-in did not return to the portal: " + back.statusCode() + " at "
                    + back.uri());
        }
        return back;
    }

    private HttpResponse<String> post(String action, String form) {
        return send(HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The page at {@code path}, in Japanese (the portal's first language). */
    public HttpResponse<String> get(String path) {
        return get(path, "ja");
    }

    /** The page at {@code path}, asked for in {@code language} (Accept-Language). */
    public HttpResponse<String> get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(portal + path)).header("Accept", ACCEPT)
                .header("Accept-Language", language).GET());
    }

    /** A form posted as a browser posts it. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(portal + path)).header("Accept", ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * A file sent as a browser sends a form with a file field ({@code multipart/form-data}): the form's other fields,
     * then the file under {@code field} with its name and type as the browser gives them.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String field, String fileName,
            String contentType, byte[] content) {
        String boundary = "----PortalSession" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(portal + path)).header("Accept", ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Many requests at once share this client (its connections and the session's cookies). */
    public HttpClient client() {
        return client;
    }

    public String portal() {
        return portal;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * A browser's cookie jar for sites on localhost: Keycloak marks its sign-in cookies {@code Secure}, which
     * browsers send to http://localhost (a secure context) and the JDK's cookie manager sends to https only.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return jar.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            jar.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            return "http".equals(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri;
        }
    }
}
