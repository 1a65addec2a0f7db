package org.regionalrescue.casefile;

import java.util.List;

/**
 * The written records the rules require (RULES §3, §7, §8), with their Chinese titles and the case variables each
 * one holds. Personal data is not listed: a printed document takes it from the case file.
 */
public enum CaseRecordType {
  REGISTRATION("求助登记表", "arrivalChannel", "handoverUnit", "handoverRecordNumber", "sex", "age", "consentToHelp"),
  REFUSAL_NOTICE("不予救助通知书", "refusalReason", "refusalExplanation"),
  SELF_DEPARTURE_DECLARATION("自行离站声明书", "departureNote"),
  UNANNOUNCED_DEPARTURE("擅自离站记录", "departureNote"),
  TERMINATION_NOTICE("终止救助通知书", "terminationGround", "terminationExplanation"),
  POLICE_HANDOVER("移交公安交接表", "behaviourFinding", "handoverPoliceStation", "handoverRecordNumber"),
  MINOR_REPORT("未成年人报告及临时监护记录", "minorReportNumber", "guardianshipMeasures"),
  EXTENSION_FILING("延长救助期限备案", "extensionApproved", "extensionReason", "approvalNote"),
  DEPARTURE_REGISTRATION("在站服务及离站登记表", "careDecision", "returnOutcome", "servicesProvided"),
  FETCH_RECORD("亲属接领记录"),
  TICKET_RECEIPT("乘车凭证及签收单"),
  ESCORT_HANDOVER("护送交接表", "legNumber", "sendingAgency", "sendingName", "receivingAgency", "receiverName",
      "receiverExternal", "notifiedVia", "notificationReference", "legMode", "costPayer", "costBasis", "arrivedAt",
      "receivedBy", "conditionOnArrival", "belongingsHandedOver", "handoverSigned", "handoverNote"),
  ESCORT_INCIDENT_REPORT("护送途中突发情况报告", "legNumber", "sendingAgency", "incidentType", "incidentAt",
      "incidentPlace", "incidentActions", "hospitalName", "policeReportNumber", "incidentReportedTo",
      "escortContinues");

  private final String title;
  private final List<String> contentVariables;

  CaseRecordType(String title, String... contentVariables) {
    this.title = title;
    this.contentVariables = List.of(contentVariables);
  }

  public String title() {
    return title;
  }

  public List<String> contentVariables() {
    return contentVariables;
  }
}
