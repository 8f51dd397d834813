package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a manufacturer's pages ({@code /maker/...}): Japanese in {@code messages/maker.properties} (the
 * default), English in {@code maker_en.properties}; templates use them as {@code {maker:productsTitle}}, or by a key
 * made from a code as {@code {maker:message(ctx.key('reason', r))}}. Declared as {@link Msg} is: one method per key,
 * the texts only in the files; {@code MakerMessagesTest} holds both files to these keys.
 */
@MessageBundle(value = "maker", locale = "ja")
public interface MakerMsg {

    // The manufacturer's menu.
    String navMakerProducts();
    String navUploads();
    String navHistory();
    String navScorecard();
    String navApiKeys();

    // My products.
    String productsTitle();
    String productsLead(Object org);
    String productsSearch();
    String filterStatus();
    String filterAll();
    String filterButton();
    String noProducts();
    String reportStatus();
    String reportStatusOf(Object name);

    // The status-change form: the national list's fields, their choices and hints.
    String reportTitle();
    String reportLead();
    String currentlyReported();
    String reportRefused();
    String fieldshipmentResponse();
    String fieldreason();
    String hintReason();
    String fieldcauseYjCode();
    String hintCause();
    String outlookGroup();
    String fieldresolutionOutlook();
    String fieldexpectedResolutionDate();
    String hintOutlookDate();
    String volumeGroup();
    String fieldshipmentVolume();
    String fieldvolumeImprovementDate();
    String fieldvolumeImprovementAmount();
    String fieldexpectedResolutionPrecision();
    String fieldvolumeImprovementPrecision();
    String hintPrecision();
    String precisionDAY();
    String precisionEARLY_MONTH();
    String precisionMID_MONTH();
    String precisionLATE_MONTH();
    String precisionMONTH();
    String effectiveGroup();
    String fieldeffectiveDate();
    String fieldeffectiveDateCertainty();
    String chooseNone();
    String reasonDEMAND_INCREASE();
    String reasonRAW_MATERIALS();
    String reasonMANUFACTURING_TROUBLE();
    String reasonQUALITY_TROUBLE();
    String reasonREGULATORY_ACTION();
    String reasonPRICE_LIST_DELETION();
    String reasonOTHER();
    String outlookYES();
    String outlookNO();
    String outlookUNDECIDED();
    String outlookNOT_APPLICABLE();
    String volumeA_PLUS();
    String volumeA();
    String volumeB();
    String volumeC();
    String volumeD();
    String certaintyACTUAL();
    String certaintyANTICIPATED();
    String certaintyANTICIPATEDshort();
    String submitReport();
    String reportedOk();

    // 変更なし: the status is still right, confirmed without a new report; 確認期限超過 when that is long ago.
    String confirmNoChange();
    String confirmNoChangeOf(Object name);
    String confirmHint();
    String confirmedOk(Object name, Object time);
    String confirmedPlain();
    String lastConfirmed();
    String neverConfirmed();
    String stale();
    String staleLead();

    // Bulk upload: the form, the jobs, one job's progress and outcome.
    String uploadsTitle();
    String uploadsLead();
    String uploadFile();
    String uploadFileHint();
    String uploadMode();
    String modeAllOrNothing();
    String modeAcceptValid();
    String uploadBadFormat();
    String pastUploads();
    String noUploads();
    String colSubmitted();
    String colState();
    String colMode();
    String colRows();
    String colAccepted();
    String colUnchanged();
    String colRejected();
    String jobQUEUED();
    String jobRUNNING();
    String jobSUCCEEDED();
    String jobPARTIALLY_SUCCEEDED();
    String jobREJECTED();
    String jobFAILED();
    String outcomeSUCCEEDED();
    String outcomePARTIALLY_SUCCEEDED();
    String outcomeREJECTED();
    String outcomeFAILED();
    String uploadTitle();
    String progressText(Object validated, Object total, Object percent);
    String progressWaiting();
    String progressAuto();
    String refresh();
    String errorsTitle();
    String errorsCaption();
    String errorsShown(Object shown, Object total);
    String colRow();
    String colColumn();
    String colDetail();
    String downloadErrors();
    String uploadAgain();

    // My history.
    String historyTitle();
    String historyLead(Object changes);
    String historyOlder();
    String historyLatest();
    String noHistory();

    // My scorecard: each figure and what it means.
    String scorecardTitle();
    String scorecardLead(Object date, Object name);
    String scorecardPublic();
    String scorecardNone();
    String scFigure();
    String scValue();
    String scMeaning();
    String scProducts();
    String scProductsMeans();
    String scReported();
    String scReportedMeans();
    String scNormalShare();
    String scNormalShareMeans();
    String ofProducts(Object normal, Object reported);
    String scLimited();
    String scLimitedMeans();
    String scStopped();
    String scStoppedMeans();
    String episodes(Object count, Object days);
    String scOpen();
    String scOpenMeans();
    String scKept();
    String scKeptMeans();
    String keptOf(Object kept, Object due);
    String scHelping();
    String scHelpingMeans();
    String helping(Object products, Object days);

    // API keys.
    String apiKeysTitle();
    String apiKeysLead();
    String noKeys();
    String colKeyName();
    String colCreated();
    String colExpires();
    String keyActive();
    String keyRevoked();
    String keyExpired();
    String revoke();
    String revokeConfirm();
    String revoked();
    String newKey();
    String keyName();
    String keyDays();
    String createKey();
    String keyOnceTitle();
    String keyOnce();
}
