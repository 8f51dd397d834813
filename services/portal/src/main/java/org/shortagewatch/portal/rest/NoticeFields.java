package org.shortagewatch.portal.rest;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.domain.NoticeForm;

/** The drafting form's fields as posted (each list one item a line; the kinds as checkboxes) and the button used. */
public class NoticeFields {

    @RestForm
    String addressees;
    @RestForm
    String addresseeOrganisations;
    @RestForm
    List<String> kinds;
    @RestForm
    String issuer;
    @RestForm
    String title;
    @RestForm
    String background;
    @RestForm
    String requests;
    @RestForm
    String targetProducts;
    @RestForm
    String consultationDesk;
    @RestForm
    String followsUp;
    /** save, submit (save and send for review) or preview. */
    @RestForm
    String action;

    NoticeForm form() {
        return new NoticeForm(addressees, addresseeOrganisations, kinds, issuer, title, background, requests,
                targetProducts, consultationDesk, followsUp);
    }

    boolean preview() {
        return "preview".equals(action);
    }

    boolean submit() {
        return "submit".equals(action);
    }
}
