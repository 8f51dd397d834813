package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;

/** What every page resource has: the page's context (language, who is signed in) and how pages answer. */
abstract class PortalPage {

    @Inject
    PageContext ctx;

    @Inject
    PageResponses pages;
}
