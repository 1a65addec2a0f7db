package org.regionalrescue.process.escalation;

import java.util.List;
import java.util.Set;

/**
 * The variable names, codes and element ids of {@code escalation} (提级办理, RULES §10) and of its decision table
 * {@code escalation-criteria}, declared once and used by the diagram, the forms' keys, the listeners and the tests.
 */
public final class EscalationVariables {

  public static final String PROCESS_KEY = "escalation";
  /** The decision table that says which cases must be escalated. */
  public static final String DECISION_KEY = "escalation-criteria";

  // ---- in: from the calling case (business key = case number)
  public static final String CASE_NUMBER = "caseNumber";
  /** The requesting agency (a county station or a township); it gets the case back when the center declines. */
  public static final String CASE_AGENCY = "caseAgency";
  /** One of {@link Step}: what is handed up. */
  public static final String ESCALATION_STEP = "escalationStep";
  /** One of {@link Reason}: why. */
  public static final String ESCALATION_REASON = "escalationReason";
  /** One of {@link Trigger}: a caseworker asked, or the case did (missed deadline, criteria table). */
  public static final String ESCALATION_TRIGGER = "escalationTrigger";
  /** Optional text explaining the request; required when the reason is {@link Reason#OTHER}. */
  public static final String ESCALATION_NOTE = "escalationNote";

  // ---- set by the system at the start
  /** Code of the regional center above the requesting agency; null when there is none or the agency is one. */
  public static final String CENTER_AGENCY = "centerAgency";
  /** Names shown in the forms. */
  public static final String REQUESTING_AGENCY_NAME = "requestingAgencyName";
  public static final String CENTER_AGENCY_NAME = "centerAgencyName";

  // ---- 提级申请审核 (form escalation-review), the center's caseworkers
  /** One of {@link Decision}. */
  public static final String ESCALATION_DECISION = "escalationDecision";
  /** One of {@link DeclineReason}; required when declined, cleared when accepted. Also an output. */
  public static final String ESCALATION_DECLINE_REASON = "escalationDeclineReason";
  /** Advice to the requesting agency (退回意见和建议); required when declined. */
  public static final String ESCALATION_ADVICE = "escalationAdvice";
  /** Optional remark of the reviewer (审核意见). */
  public static final String ESCALATION_REVIEW_NOTE = "escalationReviewNote";

  // ---- 查看退回意见 (form escalation-view-decline), the requesting agency's caseworkers
  /** Optional: what the requesting agency does next. */
  public static final String ESCALATION_FOLLOW_UP_NOTE = "escalationFollowUpNote";

  // ---- out (camunda:out of the caller)
  /** One of {@link Outcome}. */
  public static final String ESCALATION_OUTCOME = "escalationOutcome";
  /** Code of the agency that handles the step from now on: the center when accepted, else the requesting agency. */
  public static final String HANDLING_AGENCY = "handlingAgency";
  /** Outputs the caller maps back (besides {@link #ESCALATION_DECLINE_REASON}, which is null unless declined). */
  public static final List<String> OUTPUTS = List.of(ESCALATION_OUTCOME, HANDLING_AGENCY, ESCALATION_DECLINE_REASON);

  // ---- decision table escalation-criteria: inputs (variables of rescue-case) and outputs
  /** One of {@link Situation}. */
  public static final String ESCALATION_SITUATION = "escalationSituation";
  /** The screening's finding (安检与检视): none, mental-disorder, infectious-disease, critical-illness, injury,
   * sudden-illness. */
  public static final String HEALTH_FINDING = "healthFinding";
  public static final String AGE = "age";
  public static final String LACKS_CAPACITY = "lacksCapacity";
  /** Boolean output: the case must be escalated (then {@link #ESCALATION_REASON} and {@link #ESCALATION_STEP}). */
  public static final String ESCALATE = "escalate";
  /** The table's inputs, exactly. */
  public static final Set<String> CRITERIA_INPUTS = Set.of(ESCALATION_SITUATION, HEALTH_FINDING, AGE, LACKS_CAPACITY);

  /** Codes of {@link #ESCALATION_STEP}. */
  public static final class Step {
    public static final String CARE = "care";
    public static final String MEDICAL = "medical";
    public static final String TRACING = "tracing";
    public static final String ESCORT = "escort";
    public static final String SETTLEMENT = "settlement";
    /** The whole case. */
    public static final String CASE = "case";
    public static final Set<String> ALL = Set.of(CARE, MEDICAL, TRACING, ESCORT, SETTLEMENT, CASE);

    private Step() {}
  }

  /** Codes of {@link #ESCALATION_REASON}. */
  public static final class Reason {
    public static final String LONG_STAY = "long-stay";
    public static final String COMPLEX_MEDICAL = "complex-medical";
    public static final String PSYCHIATRIC = "psychiatric";
    public static final String HARD_IDENTIFICATION = "hard-identification";
    public static final String CROSS_PROVINCE_ESCORT = "cross-province-escort";
    public static final String SETTLEMENT_FILE = "settlement-file";
    public static final String MISSED_DEADLINE = "missed-deadline";
    public static final String OTHER = "other";
    public static final Set<String> ALL = Set.of(LONG_STAY, COMPLEX_MEDICAL, PSYCHIATRIC, HARD_IDENTIFICATION,
        CROSS_PROVINCE_ESCORT, SETTLEMENT_FILE, MISSED_DEADLINE, OTHER);

    private Reason() {}
  }

  /** Codes of {@link #ESCALATION_TRIGGER}. */
  public static final class Trigger {
    public static final String REQUEST = "request";
    public static final String AUTOMATIC = "automatic";
    public static final Set<String> ALL = Set.of(REQUEST, AUTOMATIC);

    private Trigger() {}
  }

  /** Codes of {@link #ESCALATION_DECISION}. */
  public static final class Decision {
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final Set<String> ALL = Set.of(ACCEPTED, DECLINED);

    private Decision() {}
  }

  /** Codes of {@link #ESCALATION_DECLINE_REASON}. */
  public static final class DeclineReason {
    public static final String WITHIN_COUNTY_CAPACITY = "within-county-capacity";
    public static final String INFORMATION_INCOMPLETE = "information-incomplete";
    public static final String CRITERIA_NOT_MET = "criteria-not-met";
    public static final String OTHER = "other";
    public static final Set<String> ALL = Set.of(WITHIN_COUNTY_CAPACITY, INFORMATION_INCOMPLETE, CRITERIA_NOT_MET,
        OTHER);

    private DeclineReason() {}
  }

  /** Codes of {@link #ESCALATION_OUTCOME}. */
  public static final class Outcome {
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    /** The requesting agency is a regional center itself, or has none above it: nothing to escalate. */
    public static final String NOT_APPLICABLE = "not-applicable";
    /** An automatic escalation that the criteria table does not require: the requesting agency goes on. */
    public static final String NOT_REQUIRED = "not-required";
    public static final Set<String> ALL = Set.of(ACCEPTED, DECLINED, NOT_APPLICABLE, NOT_REQUIRED);

    private Outcome() {}
  }

  /** Codes of {@link #ESCALATION_SITUATION}: the moment in rescue-case at which the criteria table is asked. */
  public static final class Situation {
    public static final String HELP_PERIOD_MISSED = "help-period-missed";
    public static final String LONG_STAY = "long-stay";
    public static final String SETTLEMENT_DUE = "settlement-due";
    public static final String CARE_REQUEST = "care-request";
    public static final Set<String> ALL = Set.of(HELP_PERIOD_MISSED, LONG_STAY, SETTLEMENT_DUE, CARE_REQUEST);

    private Situation() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String REQUESTED = "Start_EscalationRequested";
    public static final String CENTER_REVIEW = "SubProcess_CenterReview";
    public static final String REVIEW = "Task_ReviewEscalation";
    public static final String REVIEW_OVERDUE = "Timer_ReviewOverdue";
    public static final String CHASE_REVIEW = "Task_ChaseReview";
    public static final String ACCEPT = "Task_AcceptEscalation";
    public static final String VIEW_DECLINE = "Task_ViewDeclineAdvice";
    public static final String END_NOT_APPLICABLE = "End_NotApplicable";
    public static final String END_ACCEPTED = "End_Accepted";
    public static final String END_DECLINED = "End_Declined";
    public static final String END_REVIEW_CHASED = "End_ReviewChased";

    private Activities() {}
  }

  private EscalationVariables() {}
}
