package org.regionalrescue.process.settlement;

import java.util.Set;

/**
 * The variable names, codes, message and element ids of {@code settlement} (落户安置, RULES §8), declared once and used
 * by the diagram's conditions, the forms' keys, the listener and the tests. The settled person's name, ID number and
 * household place are personal data in {@code person_*} fields, see {@link org.regionalrescue.casefile.PersonalFields}.
 */
public final class SettlementVariables {

  public static final String PROCESS_KEY = "settlement";

  // ---- in: from the calling case (business key = case number)
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_AGENCY = "caseAgency";
  /** Age in whole years (estimated for an unidentified person); confirmed in 整理档案, routes the placement. */
  public static final String AGE = "age";

  // ---- message, correlated by business key
  /** A family member called about the person: verified, it ends settlement with a return. */
  public static final String MESSAGE_FAMILY_CONTACT = "FamilyContact";

  // ---- 整理档案并出具一人一函 (form settlement-prepare-file)
  public static final String SETTLEMENT_FILE_CONTENTS = "settlementFileContents";
  public static final String SETTLEMENT_LETTER_NUMBER = "settlementLetterNumber";
  public static final String SETTLEMENT_LETTER_DATE = "settlementLetterDate";
  public static final String TRACING_SUMMARY = "tracingSummary";

  // ---- 民政部门审核 (form settlement-review-file)
  /** One of {@link Decision}. */
  public static final String REVIEW_DECISION = "settlementReviewDecision";
  public static final String REVIEW_NOTE = "settlementReviewNote";

  // ---- 报送安置方案 (form settlement-submit-plan)
  /** One of {@link InstitutionType}. */
  public static final String INSTITUTION_TYPE = "institutionType";
  public static final String PROPOSED_INSTITUTION = "proposedInstitution";
  public static final String PLAN_SUBMITTED_ON = "planSubmittedOn";
  public static final String SUBMITTED_TO_GOVERNMENT = "submittedToGovernment";

  // ---- 登记政府批复 (form settlement-plan-approval)
  /** One of {@link Decision}. */
  public static final String PLAN_DECISION = "planDecision";
  public static final String APPROVAL_DOCUMENT_NUMBER = "approvalDocumentNumber";
  public static final String PLAN_APPROVAL_NOTE = "planApprovalNote";

  // ---- 送儿童福利院 / 福利院安置 (form settlement-place-in-institution)
  public static final String INSTITUTION_NAME = "institutionName";
  public static final String PLACED_ON = "placedOn";
  public static final String PLACEMENT_HANDOVER_NUMBER = "placementHandoverNumber";

  // ---- 福利机构申请落户 (form settlement-apply-registration)
  public static final String REGISTRATION_POLICE_STATION = "registrationPoliceStation";
  public static final String REGISTRATION_APPLIED_ON = "registrationAppliedOn";
  /** Set by the system when the application is recorded; the police's 20 working days count from it. */
  public static final String REGISTRATION_APPLIED_AT = "registrationAppliedAt";

  // ---- 登记落户结果 (form settlement-record-registration; name, ID number and household place in person_*)
  public static final String REGISTERED_ON = "registeredOn";

  // ---- 催办落户登记 (form settlement-chase-registration)
  public static final String CHASED_ON = "chasedOn";
  public static final String CHASE_CHANNEL = "chaseChannel";
  public static final String CHASE_NOTE = "chaseNote";

  // ---- 身份已查明 (form settlement-identity-established)
  /** One of {@link IdentifiedBy}. */
  public static final String IDENTIFIED_BY = "identifiedBy";
  public static final String IDENTIFIED_ON = "identifiedOn";

  // ---- 核实亲属来电 (the form tracing-verify-family-contact of identity-tracing, which asks the same)
  /** {@code yes} or {@code no}. */
  public static final String FAMILY_CONTACT_CONFIRMED = "familyContactConfirmed";
  public static final String FAMILY_RELATION = "familyRelation";
  public static final String YES = "yes";
  public static final String NO = "no";

  // ---- out
  /** One of {@link SettlementOutcome}. */
  public static final String SETTLEMENT_OUTCOME = "settlementOutcome";

  /** Below this age a person is settled in a children's welfare institution. */
  public static final int ADULT_AGE = 18;

  /** Codes of {@link #REVIEW_DECISION} and {@link #PLAN_DECISION}. */
  public static final class Decision {
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";
    public static final Set<String> ALL = Set.of(APPROVED, RETURNED);

    private Decision() {}
  }

  /** Codes of {@link #INSTITUTION_TYPE}. */
  public static final class InstitutionType {
    public static final String CHILDREN_WELFARE = "children-welfare-institution";
    public static final String WELFARE_HOME = "welfare-home";
    public static final String NURSING_HOME = "nursing-home";
    public static final Set<String> ALL = Set.of(CHILDREN_WELFARE, WELFARE_HOME, NURSING_HOME);

    private InstitutionType() {}
  }

  /** Codes of {@link #IDENTIFIED_BY}. */
  public static final class IdentifiedBy {
    public static final Set<String> ALL = Set.of("family-contact", "dna-match", "police", "self-disclosure", "other");

    private IdentifiedBy() {}
  }

  /** Codes of {@link #SETTLEMENT_OUTCOME}. */
  public static final class SettlementOutcome {
    public static final String SETTLED = "settled";
    public static final String IDENTIFIED_RETURN = "identified-return";

    private SettlementOutcome() {}
  }

  /** Element ids the listener and the tests refer to. */
  public static final class Activities {
    public static final String SETTLEMENT = "SubProcess_Settlement";
    public static final String PREPARE_FILE = "Task_PrepareSettlementFile";
    public static final String REVIEW_FILE = "Task_ReviewSettlementFile";
    public static final String SUBMIT_PLAN = "Task_SubmitSettlementPlan";
    public static final String RECORD_PLAN_APPROVAL = "Task_RecordPlanApproval";
    public static final String PLACE_IN_CHILDREN_WELFARE = "Task_PlaceInChildrenWelfare";
    public static final String PLACE_IN_WELFARE_HOME = "Task_PlaceInWelfareHome";
    public static final String APPLY_FOR_REGISTRATION = "Task_ApplyForRegistration";
    public static final String RECORD_REGISTRATION = "Task_RecordRegistration";
    public static final String CHASE_REGISTRATION = "Task_ChaseRegistration";
    public static final String SUPERVISE_REGISTRATION = "Task_SuperviseRegistration";
    public static final String IDENTITY_ESTABLISHED = "Task_IdentityEstablished";
    public static final String VERIFY_FAMILY_CONTACT = "Task_VerifySettlementFamilyContact";

    private Activities() {}
  }

  private SettlementVariables() {}
}
