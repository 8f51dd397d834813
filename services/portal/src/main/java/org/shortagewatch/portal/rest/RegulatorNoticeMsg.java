package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the regulator's notice pages ({@code /regulator/notices/...}): Japanese in
 * {@code messages/regnotice.properties} (the default), English in {@code regnotice_en.properties}; templates use them as
 * {@code {regnotice:listTitle}}, or by a key made from a code as {@code {regnotice:message(s.key)}}. Declared as
 * {@link Msg} is: one method per key, the texts only in the files; {@code MessagesTest} holds both files to these keys.
 */
@MessageBundle(value = "regnotice", locale = "ja")
public interface RegulatorNoticeMsg {

    String navNotices();
    String listTitle();
    String listLead();
    String newNotice();
    String byStage();
    String noNotices(Object stage);
    String draftedBy(Object who);
    String hasComment();
    String stageDRAFT();
    String stageIN_REVIEW();
    String stageAPPROVED();
    String stagePUBLISHED();
    String stageWITHDRAWN();
    String reviewCommentTitle();
    String colDraftedBy();
    String colReviewedBy();
    String colPublishedAt();
    String colRecipients();
    String stepsTitle();
    String edit();
    String sendForReview();
    String review();
    String reviewApproved();
    String publishConfirm();
    String publish();
    String reach();
    String followUp();
    String withdrawConfirm();
    String withdrawReason();
    String withdrawHint();
    String withdraw();
    String contentTitle();
    String originalNotice();
    String followedBy();
    String fieldtitle();
    String fieldaddressees();
    String fieldissuer();
    String fieldbackground();
    String fieldrequests();
    String fieldtargetProducts();
    String fieldconsultationDesk();
    String fieldtargetFacilityKinds();
    String fieldaddresseeOrganisations();
    String organisationsSentTo();
    String fieldfollowsUp();
    String hintaddressees();
    String hintbackground();
    String hintrequests();
    String hinttargetProducts();
    String hinttargetFacilityKinds();
    String hintaddresseeOrganisations();
    String hintfollowsUp();
    String editTitle();
    String newTitle();
    String draftRefused();
    String draftLead();
    String saveDraft();
    String saveAndSubmit();
    String previewButton();
    String previewTitle();
    String previewNone();
    String previewRefused();
    String previewFrame();
    String reviewTitle();
    String reviewLead();
    String decideTitle();
    String reviewConflict();
    String ownDraft();
    String approve();
    String comment();
    String commentHint();
    String sendBack();
    String printedTitle();
    String reachTitle();
    String publishedOn(Object time);
    String colDelivered();
    String colRead();
    String colAcknowledged();
    String noTimeline();
    String overTime();
    String colPeriod();
    String deliveredRate();
    String acknowledgedRate();
    String pendingTitle(Object count);
    String noPending();
    String pendingCaption(Object page, Object pages);
    String colCode();
    String colName();
    String colKind();
    String colDeliveredAt();
    String colReadAt();
    String notRead();
    String pages();
    String previousPage();
    String nextPage();
}
