package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a wholesaler's pages ({@code /wholesaler/...}): Japanese in {@code messages/wholesaler.properties} (the
 * default), English in {@code wholesaler_en.properties}; templates use them as {@code {wholesaler:findingsTitle}}, or
 * by a key made from a code as {@code {wholesaler:message(ctx.key('kind', k))}}. Declared as {@link Msg} is: one method
 * per key, the texts only in the files; {@code MessagesTest} holds both files to these keys.
 */
@MessageBundle(value = "wholesaler", locale = "ja")
public interface WholesalerMsg {

    // The wholesaler's menu.
    String navFindings();
    String navAllocations();
    String navUploads();

    // Uploads: orders, shipments and stock as a file; a product's supply for a period.
    String uploadsTitle();
    String uploadsLead();
    String uploadKind();
    String kindorders();
    String kindshipments();
    String kindstock();
    String uploadFile();
    String uploadFileHint();
    String uploadBadFormat();
    String uploadStored(Object kind, Object records);
    String uploadRecomputed();
    String errorsTitle();
    String errorsNothingStored();
    String supplyTitle();
    String supplyLead();
    String fieldYjCode();
    String fieldPeriodStart();
    String fieldPeriodEnd();
    String fieldSupplyUnits();
    String fieldUnit();
    String hintUnit();
    String supplySave();

    // Findings (偏在) about my customers, each with what to do.
    String findingsTitle();
    String findingsLead();
    String filterProduct();
    String filterAll(Object count);
    String filterButton();
    String ingredientChoice(Object ingredient);
    String noFindings();
    String noFindingsFiltered();
    String colDetected();
    String colPeriod();
    String colCustomers();
    String colPrefecture();
    String ruleORDER_SURGE();
    String ruleDUPLICATE_ORDERING();
    String ruleREGIONAL_IMBALANCE();
    String ruleCANNOT_OBTAIN_CLUSTER();
    String ruleUnknown();
    String adviceTitle();
    String adviceSurgeHold();
    String adviceSurgeMonth();
    String adviceSurgeAsk();
    String adviceCap(Object units);
    String adviceDuplicateAsk();
    String adviceDuplicateCancel();
    String adviceDuplicateOne();
    String adviceRegionalFirst();
    String adviceRegionalMove();
    String adviceRegionalNearTerm();
    String adviceClusterCheck();
    String adviceClusterAlternatives();
    String adviceClusterTell();
    String adviceUnknown();
    String seeAcrossJapan();

    // Allocation plans (出荷調整) per product.
    String allocationsTitle();
    String allocationsLead();
    String suppliedOk(Object yj);
    String noPlans();
    String colRevision();
    String colSupply();
    String colUsedTotal();
    String policyNote();
    String colBaselineWindow();
    String quotaChartTitle();
    String colCustomer();
    String colBaseline();
    String colFloor();
    String colQuota();
    String colUsed();
    String colRemaining();
    String newCustomer();

    // An ingredient across Japan.
    String mapTitle(Object name);
    String mapLead(Object ingredient, Object from, Object to);
    String mapView();
    String viewDays();
    String viewFindings();
    String mapOfdays();
    String mapOffindings();
    String colValuedays();
    String colValuefindings();
    String colBand();
    String colStock();
    String colShipped();
    String nationwideFindings(Object count);
    String otherIngredient();
}
