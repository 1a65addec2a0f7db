package org.regionalrescue.process.welfarereferral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variable names, codes and element ids of {@code welfare-referral} (政策衔接转介, RULES §9), declared once and
 * used by the diagram's conditions, the forms' keys, the listeners, the decision table and the tests.
 */
public final class WelfareReferralVariables {

  public static final String PROCESS_KEY = "welfare-referral";
  /** The decision table that proposes the schemes a case qualifies for. */
  public static final String DECISION_KEY = "welfare-scheme";

  // ---- in: from the calling case (business key = case number)

  /** The case number; also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The agency holding the case: the sender of the referral; its groups do the sender's steps. */
  public static final String CASE_AGENCY = "caseAgency";
  /** The scheme the caller asks for, one of {@link Scheme}; optional, confirmed or changed in 确认转介项目. */
  public static final String REFERRAL_SCHEME = "referralScheme";

  // ---- 核实转介条件 (form referral-assess-facts): the facts of the decision table; a caller may pass them in

  /** Age in whole years (integer); routes the 特困供养 notice (none for minors). */
  public static final String AGE = "age";
  /** Boolean: lacks capacity (mental or intellectual disability). */
  public static final String LACKS_CAPACITY = "lacksCapacity";
  /** Boolean: severe disability, no ability to work. */
  public static final String DISABLED = "disabled";
  /** Boolean: has income or means of living. */
  public static final String HAS_INCOME = "hasIncome";
  /** Boolean: no one with a legal duty of support, or they cannot support (无法定赡养、抚养、扶养义务人). */
  public static final String NO_SUPPORTER = "noSupporter";
  /** Boolean: a victim of domestic violence. */
  public static final String DOMESTIC_VIOLENCE = "domesticViolence";
  /** Boolean: local household registration (户籍) or residence permit (居住证); routes 临时救助's jurisdiction. */
  public static final String LOCAL_RESIDENCE = "localResidence";
  /** Boolean: in hardship because of a sudden event, accident or serious illness. */
  public static final String SUDDEN_HARDSHIP = "suddenHardship";

  // ---- 推荐转介项目 (decision welfare-scheme)

  /** The schemes the table proposes, in Chinese with their grounds, for the caseworker to read. */
  public static final String PROPOSED_SCHEMES = "proposedSchemes";
  /** The first (most pressing) scheme proposed, or null. */
  public static final String PROPOSED_SCHEME = "proposedScheme";

  // ---- 确认转介项目 (form referral-confirm-scheme)

  public static final String REFERRAL_REASON = "referralReason";
  /** One of {@link Consent}. */
  public static final String CLIENT_CONSENT = "clientConsent";
  /** Agency code (organisation) of the receiving office; its caseworkers do the receiver's steps. */
  public static final String RECEIVING_AGENCY = "receivingAgency";
  /** Name of the receiving office as written on the referral (乡镇民政办、儿童福利院 ...). */
  public static final String RECEIVING_OFFICE = "receivingOffice";
  /** Boolean, 临时救助 only: urgent, help first and complete the paperwork after (紧急程序). */
  public static final String URGENT = "urgent";
  /** Set by the system: the agency that sends (the case's agency). */
  public static final String SENDING_AGENCY = "sendingAgency";
  /** Set by the system: the county-level agency above the receiver, which approves or confirms. */
  public static final String APPROVING_AGENCY = "approvingAgency";
  /** Set by the system: when the referral was confirmed. */
  public static final String REFERRED_AT = "referredAt";

  // ---- the receiver's decision (form referral-receiver-decision, approval and confirmation forms)

  /** One of {@link ReceiverDecision}. */
  public static final String RECEIVER_DECISION = "receiverDecision";
  /** One of {@link RejectionReason}, when rejected. */
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String DECISION_NOTE = "decisionNote";
  /** Set by the system when the receiving office accepts the application; the approval limits count from it. */
  public static final String APPLICATION_ACCEPTED_AT = "applicationAcceptedAt";

  // ---- 临时救助
  public static final String URGENT_HELP_GIVEN = "urgentHelpGiven";
  public static final String URGENT_HELP_AMOUNT = "urgentHelpAmount";
  public static final String URGENT_HELP_DATE = "urgentHelpDate";
  public static final String APPROVED_AMOUNT = "approvedAmount";
  public static final String ASSISTANCE_FORM = "assistanceForm";

  // ---- written refusal (form referral-issue-refusal)
  public static final String REFUSAL_NOTICE_NUMBER = "refusalNoticeNumber";
  public static final String REFUSAL_EXPLANATION = "refusalExplanation";
  public static final String REFUSAL_DELIVERED_ON = "refusalDeliveredOn";

  // ---- 特困供养
  public static final String INVESTIGATION_DATE = "investigationDate";
  public static final String INVESTIGATION_METHODS = "investigationMethods";
  public static final String INVESTIGATION_FINDINGS = "investigationFindings";
  public static final String TOWNSHIP_OPINION = "townshipOpinion";
  public static final String NOTICE_PLACE = "noticePlace";
  public static final String NOTICE_START_DATE = "noticeStartDate";
  public static final String NOTICE_OBJECTIONS = "noticeObjections";
  public static final String SUPPORT_MODE = "supportMode";
  public static final String SUPPORT_START_DATE = "supportStartDate";

  // ---- police report (form referral-report-police), minors and domestic violence
  public static final String POLICE_REPORTED_AT = "policeReportedAt";
  public static final String POLICE_STATION = "policeStation";
  public static final String POLICE_REPORT_NUMBER = "policeReportNumber";

  // ---- 未成年人保护
  public static final String GUARDIANSHIP_START_DATE = "guardianshipStartDate";
  public static final String GUARDIANSHIP_REASON = "guardianshipReason";
  public static final String GUARDIANSHIP_INSTITUTION = "guardianshipInstitution";
  /** One of {@link PlacementType}. */
  public static final String PLACEMENT_TYPE = "placementType";
  public static final String PLACEMENT_INSTITUTION = "placementInstitution";

  // ---- 反家庭暴力
  /** Set by the system when the shelter takes the person in; the stay limit counts from it. */
  public static final String SHELTER_ADMITTED_AT = "shelterAdmittedAt";
  public static final String ACCOMPANYING_CHILDREN = "accompanyingChildren";
  public static final String SAFETY_RISK = "safetyRisk";
  public static final String SERVICE_NEEDS = "serviceNeeds";
  public static final String CASE_PLAN = "casePlan";
  /** Boolean: apply for a personal-safety protection order (人身安全保护令). */
  public static final String APPLY_PROTECTION_ORDER = "applyProtectionOrder";
  /** Boolean: the application is urgent (decided within 24 h instead of 72 h). */
  public static final String PROTECTION_ORDER_URGENT = "protectionOrderUrgent";
  public static final String PROTECTION_ORDER_COURT = "protectionOrderCourt";
  public static final String PROTECTION_ORDER_APPLIED_ON = "protectionOrderAppliedOn";
  public static final String PROTECTION_ORDER_DECISION = "protectionOrderDecision";
  public static final String PROTECTION_ORDER_VALID_UNTIL = "protectionOrderValidUntil";
  public static final String EXTENSION_REASON = "shelterExtensionReason";
  public static final String EXTENDED_UNTIL = "shelterExtendedUntil";
  public static final String EXTENSION_REPORTED_TO = "shelterExtensionReportedTo";
  public static final String SHELTER_LEFT_ON = "shelterLeftOn";
  public static final String SHELTER_DESTINATION = "shelterDestination";

  // ---- 登记转介结果 (form referral-record-outcome) and 转介回访 (form referral-follow-up)

  /** One of {@link ReferralOutcome}; also the process's output. */
  public static final String REFERRAL_OUTCOME = "referralOutcome";
  /** The follow-up date (yyyy-MM-dd); 转介回访 falls due on it. */
  public static final String FOLLOW_UP_DATE = "followUpDate";
  public static final String OUTCOME_NOTE = "outcomeNote";
  public static final String FOLLOW_UP_SITUATION = "followUpSituation";
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  /** Codes of {@link #REFERRAL_SCHEME}, with their Chinese names. */
  public static final class Scheme {
    public static final String TEMPORARY_ASSISTANCE = "temporary-assistance";
    public static final String DESTITUTE_SUPPORT = "destitute-support";
    public static final String MINOR_PROTECTION = "minor-protection";
    public static final String DOMESTIC_VIOLENCE = "domestic-violence";
    public static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
      Map<String, String> names = new LinkedHashMap<>();
      names.put(TEMPORARY_ASSISTANCE, "临时救助");
      names.put(DESTITUTE_SUPPORT, "特困人员供养");
      names.put(MINOR_PROTECTION, "未成年人保护");
      names.put(DOMESTIC_VIOLENCE, "反家庭暴力庇护");
      return java.util.Collections.unmodifiableMap(names);
    }

    private Scheme() {}
  }

  /** Codes of {@link #CLIENT_CONSENT}. */
  public static final class Consent {
    public static final String CONSENTED = "consented";
    public static final String GUARDIAN_CONSENTED = "guardian-consented";
    /** Consent is not asked: the state's temporary guardianship of a minor is mandatory. */
    public static final String NOT_REQUIRED = "not-required";
    public static final String REFUSED = "refused";
    public static final Set<String> ALL = Set.of(CONSENTED, GUARDIAN_CONSENTED, NOT_REQUIRED, REFUSED);

    private Consent() {}
  }

  /** Codes of {@link #RECEIVER_DECISION}. */
  public static final class ReceiverDecision {
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final Set<String> ALL = Set.of(ACCEPTED, REJECTED);

    private ReceiverDecision() {}
  }

  /** Codes of {@link #REJECTION_REASON}. */
  public static final class RejectionReason {
    public static final String NOT_ELIGIBLE = "not-eligible";
    public static final String OUTSIDE_JURISDICTION = "outside-jurisdiction";
    public static final String INCOMPLETE_DOCUMENTS = "incomplete-documents";
    public static final String NO_CAPACITY = "no-capacity";
    public static final String ALREADY_SUPPORTED = "already-supported";
    public static final String OTHER = "other";
    public static final Set<String> ALL =
        Set.of(NOT_ELIGIBLE, OUTSIDE_JURISDICTION, INCOMPLETE_DOCUMENTS, NO_CAPACITY, ALREADY_SUPPORTED, OTHER);

    private RejectionReason() {}
  }

  /** Codes of {@link #REFERRAL_OUTCOME}. */
  public static final class ReferralOutcome {
    public static final String SUCCESSFUL = "successful";
    public static final String CLIENT_REFUSED = "client-refused";
    public static final String PROVIDER_REFUSED = "provider-refused";
    public static final Set<String> ALL = Set.of(SUCCESSFUL, CLIENT_REFUSED, PROVIDER_REFUSED);

    private ReferralOutcome() {}
  }

  /** Codes of {@link #PLACEMENT_TYPE}. */
  public static final class PlacementType {
    public static final String PROTECTION_CENTER = "minor-protection-center";
    public static final String CHILDREN_WELFARE = "children-welfare-institution";
    public static final String FOSTER_FAMILY = "foster-family";
    public static final Set<String> ALL = Set.of(PROTECTION_CENTER, CHILDREN_WELFARE, FOSTER_FAMILY);

    private PlacementType() {}
  }

  /** Element ids the listeners and the tests refer to. */
  public static final class Activities {
    public static final String ASSESS_FACTS = "Task_AssessReferralFacts";
    public static final String PROPOSE_SCHEMES = "Task_ProposeSchemes";
    public static final String CONFIRM_REFERRAL = "Task_ConfirmReferral";
    public static final String TOWNSHIP_ACCEPT_TEMPORARY = "Task_TownshipAcceptTemporary";
    public static final String RESCUE_AGENCY_ACCEPT_TEMPORARY = "Task_RescueAgencyAcceptTemporary";
    public static final String URGENT_TEMPORARY_HELP = "Task_UrgentTemporaryHelp";
    public static final String APPROVE_TEMPORARY = "Task_ApproveTemporary";
    public static final String SUPERVISE_TEMPORARY_APPROVAL = "Task_SuperviseTemporaryApproval";
    public static final String ISSUE_TEMPORARY_REFUSAL = "Task_IssueTemporaryRefusal";
    public static final String TOWNSHIP_ACCEPT_DESTITUTE = "Task_TownshipAcceptDestitute";
    public static final String INVESTIGATE_DESTITUTE = "Task_InvestigateDestitute";
    public static final String SUPERVISE_DESTITUTE_INVESTIGATION = "Task_SuperviseDestituteInvestigation";
    public static final String PUBLISH_DESTITUTE_NOTICE = "Task_PublishDestituteNotice";
    public static final String DESTITUTE_NOTICE_ENDS = "Event_DestituteNoticeEnds";
    public static final String CONFIRM_DESTITUTE = "Task_ConfirmDestitute";
    public static final String SUPERVISE_DESTITUTE_CONFIRMATION = "Task_SuperviseDestituteConfirmation";
    public static final String ISSUE_DESTITUTE_REFUSAL = "Task_IssueDestituteRefusal";
    public static final String SUPERVISE_DESTITUTE_REFUSAL = "Task_SuperviseDestituteRefusal";
    public static final String REPORT_MINOR_TO_POLICE = "Task_ReportMinorToPolice";
    public static final String SUPERVISE_MINOR_POLICE_REPORT = "Task_SuperviseMinorPoliceReport";
    public static final String TAKE_TEMPORARY_GUARDIANSHIP = "Task_TakeTemporaryGuardianship";
    public static final String PLACE_MINOR = "Task_PlaceMinor";
    public static final String ACCEPT_MINOR_PLACEMENT = "Task_AcceptMinorPlacement";
    public static final String REPORT_VIOLENCE_TO_POLICE = "Task_ReportViolenceToPolice";
    public static final String SUPERVISE_VIOLENCE_POLICE_REPORT = "Task_SuperviseViolencePoliceReport";
    public static final String ADMIT_TO_SHELTER = "Task_AdmitToShelter";
    public static final String ASSESS_SAFETY_AND_NEEDS = "Task_AssessSafetyAndNeeds";
    public static final String DRAFT_CASE_PLAN = "Task_DraftCasePlan";
    public static final String APPLY_PROTECTION_ORDER = "Task_ApplyProtectionOrder";
    public static final String RECORD_PROTECTION_ORDER_DECISION = "Task_RecordProtectionOrderDecision";
    public static final String SUPERVISE_PROTECTION_ORDER = "Task_SuperviseProtectionOrder";
    public static final String END_SHELTER_STAY = "Task_EndShelterStay";
    public static final String REPORT_SHELTER_EXTENSION = "Task_ReportShelterExtension";
    public static final String RECORD_REFERRAL_OUTCOME = "Task_RecordReferralOutcome";
    public static final String FOLLOW_UP_REFERRAL = "Task_FollowUpReferral";

    /** The tasks whose form asks the receiver's decision (accepted / rejected with a coded reason). */
    public static final Set<String> RECEIVER_DECISIONS = Set.of(TOWNSHIP_ACCEPT_TEMPORARY,
        RESCUE_AGENCY_ACCEPT_TEMPORARY, APPROVE_TEMPORARY, TOWNSHIP_ACCEPT_DESTITUTE, CONFIRM_DESTITUTE,
        ACCEPT_MINOR_PLACEMENT, ADMIT_TO_SHELTER);

    private Activities() {}
  }

  private WelfareReferralVariables() {}
}
