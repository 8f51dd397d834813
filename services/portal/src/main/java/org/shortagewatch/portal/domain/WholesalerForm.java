package org.shortagewatch.portal.domain;

import java.util.Set;

/**
 * The operator's form for a wholesaler (卸売業者) by name, as typed, before it goes to wholesaler-allocation's registry
 * ({@code PUT /api/v1/wholesalers/{code}}): the code in capitals without the blanks around it, as the product form
 * writes a manufacturer's code, and the name without them; a blank field is no value. The service checks both and
 * names the field it refuses; only a form whose code cannot be an address cannot be sent, for the code is the address
 * it is sent to: none at all, or "." or "..", which a URL's path reads as this folder and the one above.
 */
public record WholesalerForm(String code, String name) {

    /** The form's inputs, named as the service names its fields (the path's code, the body's name). */
    public static final Set<String> INPUTS = Set.of("code", "name");

    /** Nothing typed: the registration form as it first opens. */
    public static final WholesalerForm EMPTY = new WholesalerForm(null, null);

    public static WholesalerForm typed(String code, String name) {
        return new WholesalerForm(FormInput.text(FormInput.code(code)), FormInput.text(name));
    }

    /** Whether there is a code to send the form to. */
    public boolean hasCode() {
        return code != null;
    }

    /** Whether the code can be a URL path's segment: there is one, and it is neither "." nor "..". */
    public boolean addressable() {
        return hasCode() && !code.equals(".") && !code.equals("..");
    }
}
