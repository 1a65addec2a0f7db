package org.regionalrescue.casefile;

import java.util.List;

/**
 * The written records the rules require (RULES §3, §7, §8, §9, §11), with their Chinese titles and the case variables each
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
  // hand-offs to other schemes (welfare-referral, RULES §9)
  REFERRAL_RECORD("政策衔接转介单", "referralScheme", "sendingAgency", "receivingAgency", "receivingOffice",
      "referralReason", "clientConsent", "referredAt", "receiverDecision", "rejectionReason", "decisionNote",
      "referralOutcome", "outcomeNote", "followUpDate"),
  URGENT_ASSISTANCE("临时救助先行救助记录", "urgentHelpGiven", "urgentHelpAmount", "urgentHelpDate"),
  TEMPORARY_ASSISTANCE_REFUSAL("不予临时救助通知书", "rejectionReason", "refusalExplanation", "refusalNoticeNumber",
      "refusalDeliveredOn"),
  DESTITUTE_REFUSAL_NOTICE("不予认定特困人员告知书", "rejectionReason", "refusalExplanation", "refusalNoticeNumber",
      "refusalDeliveredOn"),
  POLICE_REPORT("报告公安记录", "referralScheme", "policeReportedAt", "policeStation", "policeReportNumber"),
  TEMPORARY_GUARDIANSHIP("临时监护记录", "guardianshipStartDate", "guardianshipReason", "guardianshipInstitution"),
  PROTECTION_ORDER_APPLICATION("人身安全保护令申请记录", "protectionOrderCourt", "protectionOrderAppliedOn",
      "protectionOrderUrgent"),
  SHELTER_EXTENSION_FILING("延长庇护期限报备", "shelterExtensionReason", "shelterExtendedUntil",
      "shelterExtensionReportedTo"),
  // settlement (RULES §8)
  SETTLEMENT_LETTER("落户安置一人一函", "settlementLetterNumber", "settlementLetterDate", "tracingSummary"),
  SETTLEMENT_PLAN("落户安置方案", "institutionType", "proposedInstitution", "planSubmittedOn"),
  SETTLEMENT_REGISTRATION("落户登记记录", "registrationPoliceStation", "registeredOn", "institutionName"),
  // staying home (return-follow-up, RULES §11)
  FOLLOW_UP_VISIT("回访记录", "visitAfter", "visitDate", "visitMode", "livingSituation", "riskOfDrifting",
      "relativesEducated", "visitNote"),
  SOURCE_GOVERNANCE("源头治理帮扶记录", "gridAgency", "gridWorker", "governanceNote"),
  // escort (RULES §7)
  ESCORT_HANDOVER("护送交接表", "legNumber", "sendingAgency", "sendingName", "receivingAgency", "receiverName",
      "receiverExternal", "notifiedVia", "notificationReference", "legMode", "costPayer", "costBasis", "arrivedAt",
      "receivedBy", "conditionOnArrival", "belongingsHandedOver", "handoverSigned", "handoverNote"),
  ESCORT_INCIDENT_REPORT("护送途中突发情况报告", "legNumber", "sendingAgency", "incidentType", "incidentAt",
      "incidentPlace", "incidentActions", "hospitalName", "policeReportNumber", "incidentReportedTo",
      "escortContinues"),
  // escalation to the regional center (提级办理, RULES §10)
  ESCALATION_DECISION("提级办理审批单", "caseAgency", "centerAgency", "escalationStep", "escalationReason",
      "escalationTrigger", "escalationNote", "escalationDecision", "escalationDeclineReason", "escalationAdvice",
      "escalationReviewNote"),
  // delegation down (assistance-dispatch, RULES §10)
  ASSISTANCE_REPORT("下沉协助反馈报告", "assistanceKind", "caseAgency", "assistanceAgency", "assistanceBrief",
      "assistanceCarriedOutOn", "assistanceResult", "assistanceStaffCount", "assistanceReport"),
  // joint handling (joint-handling, RULES §10)
  JOINT_OPINION("部门会办意见", "jointTopic", "jointDepartment", "jointDepartmentName", "departmentAction",
      "departmentOpinion", "recommendedResult", "opinionOfficerPost"),
  JOINT_MINUTES("协同会办会商记录", "jointTopic", "jointDepartments", "consultationDate", "consultationMode",
      "jointResult", "minutesSummary", "agreedActions"),
  // street discovery (street-discovery, RULES §2); the case number is the report number
  STREET_REPORT("发现报告登记表", "reportChannel", "place", "placeName", "locationDetail", "situation", "urgency",
      "weatherWarning", "campaignActive", "campaignType", "responsibleAgency", "responseLevel", "reportedBy"),
  STREET_RESPONSE("街面救助处置记录", "responseTeam", "jointPatrol", "jointDepartments", "jointResult", "arrivedAt",
      "onSiteOutcome", "vulnerability", "takenTo", "emergencyCalled", "suppliesSummary", "onSiteNote"),
  FOLLOW_UP_PATROL("跟进巡查记录", "patrolsDone", "arrivedAt", "onSiteOutcome", "vulnerability", "takenTo",
      "emergencyCalled", "suppliesSummary", "onSiteNote"),
  // the pilot programme itself (pilot-programme, RULES §12); the case number is the pilot's number
  PILOT_APPLICATION("救助管理区域性中心试点申报表", "applicantName", "pilotArea", "areaType", "implementingBody",
      "population", "stationCount", "annualCaseload", "existingCapacity", "locationAdvantages", "reformWillingness",
      "pilotTasksSummary", "governmentConsent", "consentDocument", "contactOffice"),
  PILOT_SELECTION("试点遴选推荐意见", "reformWillingnessRating", "locationRating", "capacityRating", "caseloadRating",
      "selectionDecision", "selectionNote"),
  PILOT_PLAN("试点方案", "planVersion", "planConditions", "planApproach", "planGoals", "planTasks", "planSchedule",
      "planExpectedEffects", "planSafeguards"),
  PILOT_SUBMISSION("试点申报报送记录", "submittedOn", "paperDocumentNumber", "electronicCopySent", "submittedLate",
      "submissionNote"),
  PILOT_EXPERT_REVIEW("试点方案专家评估审查意见", "expertPanel", "expertScore", "expertRecommendation", "expertOpinion"),
  PILOT_APPROVAL("试点确认批复", "approvalDecision", "approvalDocument", "approvalNote"),
  PILOT_EVALUATION("试点跟踪评估报告", "evaluationRating", "evaluationFindings", "evaluationReportedToMinistry"),
  PILOT_EXTENSION("延长试点期限决定", "extensionDecision", "extensionReason"),
  PILOT_SUMMARY("试点总结报告", "summaryDocument", "summaryHighlights"),
  PILOT_PROVINCIAL_REPORT("本省试点工作总体情况报告", "provincialReportDocument", "provincialReportSummary"),
  PILOT_ACCEPTANCE("试点总结验收意见", "acceptanceDecision", "acceptanceNote");

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
