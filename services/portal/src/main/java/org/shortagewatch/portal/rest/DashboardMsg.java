package org.shortagewatch.portal.rest;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the regulator's dashboard and maldistribution map ({@code /regulator/dashboard}, {@code /regulator/map}):
 * Japanese in {@code messages/dash.properties} (the default), English in {@code dash_en.properties}; templates use
 * them as {@code {dash:dashTitle}}. Declared as {@link Msg} is: one method per key, the texts only in the files;
 * {@code MessagesTest} holds both files to these keys.
 */
@MessageBundle(value = "dash", locale = "ja")
public interface DashboardMsg {

    String navDashboard();
    String navMap();
    String dashTitle();
    String dashLead(Object date);
    String weeklyTitle();
    String weeklyExplain(Object weeks);
    String colWeek();
    String colResponded();
    String reasonsTitle();
    String reasonsExplain();
    String colReason();
    String categoryTitle();
    String categoryExplain();
    String stoppedTitle();
    String stoppedExplain(Object total, Object shown);
    String noneStopped();
    String colProduct();
    String colMaker();
    String colEffective();
    String staleTitle();
    String staleExplain(Object total, Object shown);
    String colLastConfirmed();
    String noneStale();
    String unannouncedTitle();
    String unannouncedExplain(Object days, Object lookback, Object total);
    String unannouncedLatest(Object listed);
    String colChange();
    String firstReport();
    String noneUnannounced();
    String noticesWithoutManager(Object count);
    String mapTitle();
    String mapLead();
    String ingredientLabel();
    String ingredientHint();
    String showMap();
    String candidatesTitle();
    String candidatesLead(Object q);
    String noCandidates(Object q);
    String chooseIngredient();
    String mapOf(Object ingredient);
    String viewLabel();
    String viewFindings();
    String viewDays();
    String findingsMapTitle();
    String findingsMapExplain();
    String daysMapTitle();
    String daysMapExplain(Object from, Object to);
    String colPrefecture();
    String colStock();
    String colShipped();
    String colDays();
    String colFindings();
    String nationwideFindings(Object count);
    String openFindingsTitle();
    String openFindingsExplain(Object total, Object shown);
    String colRule();
    String colIngredient();
    String colDetail();
    String colUpdated();
    String facilitiesCounted(Object count);
    String noFindings();
    String nationwide();
}
