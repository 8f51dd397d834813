package org.shortagewatch.portal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.shortagewatch.portal.config.AssetSettings;
import org.shortagewatch.portal.domain.CodeLabels;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.FormChoices;
import org.shortagewatch.portal.domain.Languages;
import org.shortagewatch.portal.domain.NamedCode;
import org.shortagewatch.portal.domain.PageLinks;
import org.shortagewatch.portal.domain.Shares;
import org.shortagewatch.portal.domain.ShipmentResponseLabel;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every page needs besides its own data: the language, who is signed in, the assets, and the formatting of
 * codes and dates in the page's language. Given to every template as {@code ctx}.
 */
@RequestScoped
@TemplateData
public class PageContext {

    public static final String LANG_COOKIE = "lang";

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken accessToken;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AssetSettings assets;

    private Locale locale;

    /** The page's locale: ?lang=, then the lang cookie, then Accept-Language, then Japanese. */
    public Locale locale() {
        if (locale == null) {
            String choice = uri.getQueryParameters().getFirst("lang");
            if (Languages.parse(choice) == null && headers.getCookies().containsKey(LANG_COOKIE)) {
                choice = headers.getCookies().get(LANG_COOKIE).getValue();
            }
            // read here, leniently: JAX-RS's own reading refuses the whole request over one malformed entry
            locale = Languages.choose(choice,
                    Languages.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        }
        return locale;
    }

    public String lang() {
        return locale().getLanguage();
    }

    public boolean english() {
        return Languages.isEnglish(locale());
    }

    /** The current path and query, for the language switch to return to. */
    public String here() {
        String q = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (q == null ? "" : "?" + q);
    }

    /** This page of a paged list with {@code page} set: what was searched and filtered stays. */
    public String pageLink(int page) {
        return PageLinks.withPage(uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(), page);
    }

    /** A query parameter of the current request, or null. */
    public String query(String name) {
        return uri.getQueryParameters().getFirst(name);
    }

    public String path() {
        return uri.getRequestUri().getRawPath();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The user's name as the provider gives it: on Japanese pages family name first (田中 美咲) when the ID token has
     * both family_name and given_name (its name claim puts the given name first), else its name, else
     * preferred_username.
     */
    public String userName() {
        if (!signedIn()) {
            return "";
        }
        Object family = claim(idToken, "family_name");
        Object given = claim(idToken, "given_name");
        if (!english() && family != null && given != null && !family.toString().isBlank()
                && !given.toString().isBlank()) {
            return family.toString().strip() + " " + given.toString().strip();
        }
        for (String claim : new String[] {"name", "preferred_username"}) {
            Object v = claim(idToken, claim);
            if (v != null) {
                return v.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The signed-in user as the services name their caller (the access token's upn, else preferred_username, else
     * sub, as MicroProfile JWT names a token's principal): the name notification records as a notice's drafter. Null
     * when no one is signed in.
     */
    public String subject() {
        if (!signedIn()) {
            return null;
        }
        for (String claim : new String[] {"upn", "preferred_username", "sub"}) {
            Object v = claim(accessToken, claim);
            if (v != null) {
                return v.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The organisation of the signed-in user (the access token's org claim): a facility's 医療機関コード. */
    public Optional<String> org() {
        if (!signedIn()) {
            return Optional.empty();
        }
        Object org = claim(accessToken, "org");
        return org == null ? Optional.empty() : Optional.of(org.toString());
    }

    public String orgOrEmpty() {
        return org().orElse("");
    }

    public boolean facility() {
        return signedIn() && identity.hasRole("facility");
    }

    /** A manufacturer (製造販売業者): its organisation is its manufacturer code, and it has the manufacturer's pages. */
    public boolean manufacturer() {
        return signedIn() && identity.hasRole("manufacturer");
    }

    /** An operator (運用管理者): the admin pages. */
    public boolean admin() {
        return signedIn() && identity.hasRole("admin");
    }

    /** A wholesaler (卸売業者): its organisation is its wholesaler code, and it has the wholesaler's pages. */
    public boolean wholesaler() {
        return signedIn() && identity.hasRole("wholesaler");
    }

    /** The regulator (厚生労働省): it drafts, reviews and publishes notices, and has the regulator's pages. */
    public boolean regulator() {
        return signedIn() && identity.hasRole("regulator");
    }

    public String htmx() {
        return assets.htmx();
    }

    public String charts() {
        return assets.charts();
    }

    public String date(LocalDate d) {
        return Dates.date(d, locale());
    }

    /** An outlook date (⑯, ⑱) as stated: 2027年3月下旬, or the day itself when stated to the day or without precision. */
    public String period(LocalDate d, String precision) {
        return Dates.period(d, precision, locale());
    }

    /** A week by its Monday: 2月9日の週. */
    public String week(LocalDate monday) {
        return Dates.week(monday, locale());
    }

    public String era(LocalDate d) {
        return Dates.era(d, locale());
    }

    public String time(Instant t) {
        return Dates.time(t, locale());
    }

    /** The day in Japan of an instant. */
    public LocalDate day(Instant t) {
        return Dates.dayInJapan(t);
    }

    /** A share (0.756) as a percentage to one decimal: 75.6%. */
    public String percent(Double share) {
        return Shares.percent(share);
    }

    public ShipmentResponseLabel response(String code) {
        return ShipmentResponseLabel.of(code);
    }

    public String label(String code, String japanese) {
        return CodeLabels.label(code, japanese, locale());
    }

    /** What a code stands for, named with it (名前［code］, name [code] in English); the code alone without a name. */
    public String named(String name, String code) {
        return NamedCode.of(name, code, locale());
    }

    /** Shipment volume ⑰: its letter and the service's words, or the English wording. */
    public String volume(String code, String letter, String japanese) {
        return CodeLabels.volume(code, letter, japanese, locale());
    }

    /** The message key of a code: {@code {msg:message(ctx.key('kind', s.kind))}}. */
    public String key(String prefix, String code) {
        return FormChoices.messageKey(prefix, code);
    }

    /** The message key of an alert's severity; INFO when it has none. */
    public String severityKey(String severity) {
        return FormChoices.severityKey(severity);
    }

    /** This context itself, not its request-scoped proxy: for a stream that outlives the request. */
    public PageContext self() {
        locale();
        return this;
    }

    /** The template with this context and the page's locale. */
    public TemplateInstance page(TemplateInstance t) {
        return t.data("ctx", this).setLocale(locale());
    }

    private static Object claim(JsonWebToken token, String name) {
        try {
            return token == null ? null : token.getClaim(name);
        } catch (RuntimeException noToken) {
            return null;
        }
    }
}
