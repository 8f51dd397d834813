package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's words: Japanese in {@code messages/msg.properties} (the default), English in {@code msg_en.properties}.
 * Templates use them as {@code {msg:signIn}}; the locale is the page's ({@link PageContext}).
 */
@MessageBundle(value = "msg", locale = "ja")
public interface Msg {

    @Message
    String siteName();

    @Message
    String siteTagline();

    @Message
    String skipToContent();

    @Message
    String navHome();

    @Message
    String navSearch();

    @Message
    String navSituation();

    @Message
    String navNotices();

    @Message
    String navMe();

    @Message
    String navWatchlist();

    @Message
    String navAlerts();

    @Message
    String navMyNotices();

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String signedInAs(Object name);

    @Message
    String language();

    @Message
    String footerNote();

    @Message
    String homeLead();

    @Message
    String searchLabel();

    @Message
    String searchHint();

    @Message
    String searchButton();

    @Message
    String searchTitle();

    @Message
    String resultsCount(Object count);

    @Message
    String noResults();

    @Message
    String colYj();

    @Message
    String colName();

    @Message
    String colIngredient();

    @Message
    String colStrength();

    @Message
    String colMaker();

    @Message
    String colCategory();

    @Message
    String colStatus();

    @Message
    String colReason();

    @Message
    String colOutlook();

    @Message
    String colOutlookDate();

    @Message
    String colVolume();

    @Message
    String colVolumeDate();

    @Message
    String colVolumeAmount();

    @Message
    String colEffective();

    @Message
    String colReported();

    @Message
    String colCause();

    @Message
    String noStatus();

    @Message
    String pagePrev();

    @Message
    String pageNext();

    @Message
    String pageOf(Object page, Object pages);

    @Message
    String productTitle();

    @Message
    String currentStatus();

    @Message
    String asOfLabel();

    @Message
    String upcoming();

    @Message
    String history();

    @Message
    String alternatives();

    @Message
    String alternativesSame();

    @Message
    String alternativesOther();

    @Message
    String noAlternatives();

    @Message
    String noneNormal();

    @Message
    String followProduct();

    @Message
    String followIngredient();

    @Message
    String situationTitle();

    @Message
    String situationLead(Object date);

    @Message
    String showButton();

    @Message
    String byResponse();

    @Message
    String byCategory();

    @Message
    String products();

    @Message
    String total();

    @Message
    String limitedOwn();

    @Message
    String limitedOtherCo();

    @Message
    String limitedOther();

    @Message
    String limitedTotal();

    @Message
    String stopped();

    @Message
    String category();

    @Message
    String noticesTitle();

    @Message
    String noticesLead();

    @Message
    String noNotices();

    @Message
    String issuedOn();

    @Message
    String issuer();

    @Message
    String noticeTitle();

    @Message
    String withdrawn();

    @Message
    String withdrawnReason(Object reason);

    @Message
    String printable();

    @Message
    String addressees();

    @Message
    String requests();

    @Message
    String targetProducts();

    @Message
    String consultationDesk();

    @Message
    String followsUp();

    @Message
    String meTitle();

    @Message
    String facilityCode();

    @Message
    String facilityKind();

    @Message
    String facilityName();

    @Message
    String facilityEmail();

    @Message
    String quietHours();

    @Message
    String quietStart();

    @Message
    String quietEnd();

    @Message
    String digest();

    @Message
    String save();

    @Message
    String saved();

    @Message
    String kindPHARMACY();

    @Message
    String kindHOSPITAL();

    @Message
    String kindCLINIC();

    @Message
    String notRegistered();

    @Message
    String watchlistTitle();

    @Message
    String watchlistLead();

    @Message
    String addEntry();

    @Message
    String subKind();

    @Message
    String subTarget();

    @Message
    String kindYJ_CODE();

    @Message
    String kindINGREDIENT();

    @Message
    String kindTHERAPEUTIC_CLASS();

    @Message
    String kindMANUFACTURER();

    @Message
    String kindSUPPLY_SECURITY_CLASS();

    @Message
    String channels();

    @Message
    String channelINBOX();

    @Message
    String channelSSE();

    @Message
    String channelEMAIL();

    @Message
    String channelWEBHOOK();

    @Message
    String minSeverity();

    @Message
    String severityINFO();

    @Message
    String severityLOW();

    @Message
    String severityMEDIUM();

    @Message
    String severityHIGH();

    @Message
    String severityCRITICAL();

    @Message
    String webhookUrl();

    @Message
    String add();

    @Message
    String remove();

    @Message
    String removeConfirm();

    @Message
    String removed();

    @Message
    String rotateSecret();

    @Message
    String secretOnce();

    @Message
    String noEntries();

    @Message
    String inactive();

    @Message
    String colSince();

    @Message
    String alertsTitle();

    @Message
    String alertsLead();

    @Message
    String liveStatus();

    @Message
    String markRead();

    @Message
    String unread();

    @Message
    String read();

    @Message
    String noAlerts();

    @Message
    String acknowledge();

    @Message
    String acknowledged();

    @Message
    String myNoticesTitle();

    @Message
    String noMyNotices();

    @Message
    String unavailable();

    @Message
    String notFound();

    @Message
    String backToSearch();
    @Message
    String shortYJ_CODE();

    @Message
    String shortINGREDIENT();

    @Message
    String shortTHERAPEUTIC_CLASS();

    @Message
    String shortMANUFACTURER();

    @Message
    String shortSUPPLY_SECURITY_CLASS();

    @Message
    String orAbove(Object severity);
    @Message
    String navQuotas();

    @Message
    String quotasTitle();

    @Message
    String quotasLead();

    @Message
    String noQuotas();

    @Message
    String colWholesaler();

    @Message
    String colPeriod();

    @Message
    String colQuota();

    @Message
    String colUsed();

    @Message
    String colRemaining();

    @Message
    String cannotObtainTitle();

    @Message
    String cannotObtainLead();

    @Message
    String yjCodeLabel();

    @Message
    String dateLabel();

    @Message
    String noteLabel();

    @Message
    String report();

    @Message
    String reportedOk();
    @Message
    String reportCannotObtain();
    @Message
    String refusedBadRequest();

    @Message
    String refusedForbidden();

    @Message
    String refusedNotFound();

    @Message
    String refusedConflict();

    @Message
    String refusedBusy();

    @Message
    String refusedOther();

    @Message
    String serviceSaid(Object status, Object detail);
    @Message
    String formularyTitle();

    @Message
    String formularyLead();

    @Message
    String formularyFile();

    @Message
    String upload();

    @Message
    String formularyDone(Object count);
}
