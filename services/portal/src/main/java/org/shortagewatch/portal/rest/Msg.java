package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's words: Japanese in {@code messages/msg.properties} (the default), English in {@code msg_en.properties}.
 * Templates use them as {@code {msg:signIn}}, or by a key made from a code as
 * {@code {msg:message(ctx.key('kind', k))}}; the locale is the page's ({@link PageContext}).
 * <p>
 * Each method declares one message: its name is the key in both files, its parameters the names the text may use
 * ({@code {name}}). The texts are only in the files (a method without {@code @Message} takes its text from them), one
 * language per file, in the same order. The build fails when the Japanese file lacks a declared key or a template
 * names an undeclared one; {@code MessagesTest} holds the English file to the same keys.
 */
@MessageBundle(value = "msg", locale = "ja")
public interface Msg {

    // The layout: site, navigation, sign-in, language, footer; the home page.
    String siteName();
    String siteTagline();
    String skipToContent();
    String navHome();
    String navSearch();
    String navSituation();
    String navNotices();
    String navMe();
    String navWatchlist();
    String navAlerts();
    String navMyNotices();
    String signIn();
    String signOut();
    String signedInAs(Object name);
    String language();
    String footerNote();
    String homeLead();
    String homeLeadSignedIn();

    // Searching products.
    String searchLabel();
    String searchHint();
    String searchButton();
    String searchTitle();
    String resultsCount(Object count);
    String noResults();

    // A product's facts, as columns of the search results and the product page; paging.
    String colYj();
    String colName();
    String colIngredient();
    String colStrength();
    String colMaker();
    String colCategory();
    String colStatus();
    String colReason();
    String colOutlook();
    String colOutlookDate();
    String colVolume();
    String colVolumeDate();
    String colVolumeAmount();
    String colEffective();
    String colReported();
    String colCause();
    String noStatus();
    String pagePrev();
    String pageNext();
    String pageOf(Object page, Object pages);

    // A product: its status, history and alternatives.
    String productTitle();
    String currentStatus();
    String asOfLabel();
    String upcoming();
    String history();
    String alternatives();
    String alternativesSame();
    String alternativesOther();
    String noAlternatives();
    String noneNormal();
    String followProduct();
    String followIngredient();

    // The national situation.
    String situationTitle();
    String situationLead(Object date);
    String showButton();
    String byResponse();
    String byCategory();
    String products();
    String total();
    String limitedOwn();
    String limitedOtherCo();
    String limitedOther();
    String limitedTotal();
    String stopped();
    String category();

    // Notices (事務連絡).
    String noticesTitle();
    String noticesLead();
    String noNotices();
    String issuedOn();
    String issuer();
    String noticeTitle();
    String withdrawn();
    String withdrawnReason(Object reason);
    String printable();
    String addressees();
    String requests();
    String targetProducts();
    String consultationDesk();
    String followsUp();
    String followedBy();

    // My facility.
    String meTitle();
    String facilityCode();
    String facilityKind();
    String facilityName();
    String facilityEmail();
    String quietHours();
    String quietStart();
    String quietEnd();
    String digest();
    String save();
    String saved();
    String kindPHARMACY();
    String kindHOSPITAL();
    String kindCLINIC();
    String notRegistered();

    // The watch list: what a subscription follows, its channels and minimum severity.
    String watchlistTitle();
    String watchlistLead();
    String addEntry();
    String subKind();
    String subTarget();
    String kindYJ_CODE();
    String kindINGREDIENT();
    String kindTHERAPEUTIC_CLASS();
    String kindMANUFACTURER();
    String kindSUPPLY_SECURITY_CLASS();
    String channels();
    String channelINBOX();
    String channelSSE();
    String channelEMAIL();
    String channelWEBHOOK();
    String minSeverity();
    String severityINFO();
    String severityLOW();
    String severityMEDIUM();
    String severityHIGH();
    String severityCRITICAL();
    String webhookUrl();
    String add();
    String remove();
    String removeConfirm();
    String removed();
    String rotateSecret();
    String secretOnce();
    String noEntries();
    String inactive();
    String colSince();

    // Alerts.
    String alertsTitle();
    String alertsLead();
    String liveStatus();
    String markRead();
    String unread();
    String read();
    String noAlerts();
    String seeQuotas();

    // Notices to my facility.
    String acknowledge();
    String acknowledgeLead();
    String acknowledged();
    String myNoticesTitle();
    String noMyNotices();

    // A service that could not be reached or found nothing.
    String unavailable();
    String notFound();
    String backToSearch();

    // A subscription's kind in short, on the watch list.
    String shortYJ_CODE();
    String shortINGREDIENT();
    String shortTHERAPEUTIC_CLASS();
    String shortMANUFACTURER();
    String shortSUPPLY_SECURITY_CLASS();
    String orAbove(Object severity);

    // Quotas and "cannot obtain" (入手困難).
    String navQuotas();
    String quotasTitle();
    String quotasLead();
    String noQuotas();
    String quotaWholesaler(Object wholesaler);
    String colPeriod();
    String colQuota();
    String colUsed();
    String colRemaining();
    String cannotObtainTitle();
    String cannotObtainLead();
    String yjCodeLabel();
    String dateLabel();
    String noteLabel();
    String report();
    String reportedOk();
    String reportCannotObtain();

    // A service's refusal, by what it means for the user, and what the service said.
    String refusedBadRequest();
    String refusedForbidden();
    String refusedNotFound();
    String refusedConflict();
    String refusedBusy();
    String refusedOther();
    String serviceSaid(Object detail);

    // A typed value the portal cannot read, refused beside its field before anything is sent.
    String unreadableDate(Object typed);
    String unreadableTime(Object typed);
    String unreadableCount(Object typed);

    // A formulary upload.
    String formularyTitle();
    String formularyLead();
    String formularyFile();
    String upload();
    String formularyDone(Object count);
}
