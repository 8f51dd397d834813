package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of an operator's pages ({@code /admin/...}): Japanese in {@code messages/admin.properties} (the default),
 * English in {@code admin_en.properties}; templates use them as {@code {admin:auditTitle}}, or by a key made from a
 * code as {@code {admin:message(ctx.key('field', name))}}. Declared as {@link Msg} is: one method per key, the texts
 * only in the files; {@code MessagesTest} holds both files to these keys.
 */
@MessageBundle(value = "admin", locale = "ja")
public interface AdminMsg {

    // The operator's menu and home; the services by name.
    String navAdmin();
    String navProducts();
    String navWholesalers();
    String navFacilities();
    String navAudit();
    String navDeadLetters();
    String homeTitle();
    String homeLead();
    String homeProducts();
    String homeWholesalers();
    String homeFacilities();
    String homeAudit();
    String homeDeadLetters();
    String serviceREPORT();
    String serviceALLOCATION();
    String serviceNOTIFICATION();

    // The product master: the catalogue, a holder's products, the master record's form and its fields.
    String productsTitle();
    String productsLead();
    String productsSearch();
    String holderFilter();
    String holderProducts(Object holder);
    String colHolder();
    String correct();
    String correctOf(Object name);
    String registerByCode();
    String registerByCodeHint();
    String registerButton();
    String registerTitle();
    String correctTitle();
    String registerLead();
    String correctLead();
    String publicPage();
    String saved();
    String saveButton();
    String productRefused();
    String chooseOne();
    String holderGroup();
    String productGroup();
    String packagingGroup();
    String fieldmanufacturerCode();
    String hintmanufacturerCode();
    String fieldmanufacturerName();
    String fieldproductName();
    String fieldingredient();
    String fieldstrengthUnit();
    String fielddrugCategory();
    String fieldproductCategory();
    String fieldsupplySecurityClass();
    String fieldbasicDrug();
    String fieldpriceListingDate();
    String fieldgs1Codes();
    String hintgs1Codes();
    String fieldpackSizes();
    String hintpackSizes();
    String drugINTERNAL();
    String drugEXTERNAL();
    String drugINJECTION();
    String categoryBRAND();
    String categoryQUASI_BRAND();
    String categoryLONG_LISTED_BRAND();
    String categoryGENERIC();
    String categoryOTHER();
    String securityNONE();
    String securityA();
    String securityB();
    String securityC();

    // The wholesalers by name: the registry listed, a wholesaler registered or renamed.
    String wholesalersTitle();
    String wholesalersLead();
    String noWholesalers();
    String registerWholesaler();
    String registerWholesalerTitle();
    String registerWholesalerLead();
    String renameTitle();
    String renameLead();
    String rename();
    String renameOf(Object name);
    String fieldcode();
    String hintcode();
    String fieldname();
    String hintname();
    String codeNeeded();
    String codeNotAddress();
    String wholesalerRefused();
    String wholesalerRegistered(Object wholesaler);
    String wholesalerRenamed(Object wholesaler);

    // Facilities in bulk.
    String facilitiesTitle();
    String facilitiesLead();
    String facilitiesFileHint();
    String sending();
    String facilitiesRegistered(Object count, Object file);
    String facilitiesRejected(Object count, Object file);

    // Audit trails: each service's check said plainly, and its entries.
    String auditTitle();
    String auditLead();
    String auditMore();
    String verdictVERIFIED(Object rows);
    String verdictVERIFIEDmeans();
    String verdictEMPTY();
    String verdictEMPTYmeans();
    String verdictBROKEN(Object id);
    String verdictBROKENmeans();
    String verdictReason(Object reason);
    String verdictPending(Object count);
    String colId();
    String colChain();
    String colWhen();
    String colAction();
    String colTarget();
    String colActor();
    String colAddress();
    String colOutcome();
    String outcomeSUCCESS();
    String outcomeDENIED();
    String notLinked();
    String filterLimit();
    String filterBeforeId();
    String hintBeforeId();
    String otherServices();
    String noEntries();
    String older();

    // Dead letters and their re-drive.
    String deadLettersTitle();
    String deadLettersLead();
    String noDeadLetters();
    String colTopic();
    String colEvent();
    String colReason();
    String colRedriven();
    String fromTopic(Object topic);
    String yes();
    String no();
    String redrive(Object topic);
    String redriveConfirm(Object topic);
    String redrivenOk(Object count, Object topic);
}
