package org.shortagewatch.portal.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the operator's form did to a wholesaler, as wholesaler-allocation answered it (201: registered; 200: renamed,
 * or registered under that name already) and as the list's address confirms it afterwards
 * ({@code /admin/wholesalers?registered=WHS002}, {@code ?renamed=WHS002}), so that a reload confirms it again and
 * changes nothing.
 */
public record WholesalerChange(boolean registered, String code) {

    private static final String LIST = "/admin/wholesalers";

    /** The change the service's answer to a registration of {@code code} reports. */
    public static WholesalerChange of(int status, String code) {
        return new WholesalerChange(status == 201, code);
    }

    /** The change the list's address confirms, or null when it confirms none. */
    public static WholesalerChange confirmed(String registered, String renamed) {
        String code = FormInput.text(registered);
        if (code != null) {
            return new WholesalerChange(true, code);
        }
        code = FormInput.text(renamed);
        return code == null ? null : new WholesalerChange(false, code);
    }

    /** The list's address that confirms this change. */
    public String listPath() {
        return LIST + "?" + (registered ? "registered" : "renamed") + "="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
