package org.regionalrescue.process.rescuecase;

/** The variable names of {@code rescue-case}, declared once and used by delegates, the diagram and tests. */
public final class RescueCaseVariables {

  public static final String PROCESS_KEY = "rescue-case";
  /** Message that opens a case handed over by another process or department. */
  public static final String REFERRAL_MESSAGE = "RescueCaseReferral";
  /** Message a family's call raises while the case waits for new leads. */
  public static final String FAMILY_CONTACT_MESSAGE = "FamilyContact";

  /** Code of the agency handling the case; candidate groups are {@code ${caseAgency}-caseworker}. */
  public static final String CASE_AGENCY = "caseAgency";
  /** The case number the system issued; also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The user who started the case in Tasklist or over REST (the start event's initiator). */
  public static final String CASE_INITIATOR = "caseInitiator";
  /** How the person came: walk-in, police, street-team, other-department, escalation. */
  public static final String ARRIVAL_CHANNEL = "arrivalChannel";

  // registration and screening (routing facts; personal data goes to the case file)
  public static final String AGE = "age";
  public static final String LACKS_CAPACITY = "lacksCapacity";
  public static final String DISABLED = "disabled";
  public static final String HEALTH_FINDING = "healthFinding";
  public static final String BEHAVIOUR_FINDING = "behaviourFinding";

  // eligibility assessment and the rescue-classification decision
  public static final String READMISSION = "readmission";
  public static final String CLASSIFICATION = "classification";
  public static final String REFUSAL_REASON = "refusalReason";
  public static final String REFERRAL_SCHEME = "referralScheme";
  public static final String HELP_PERIOD_APPLIES = "helpPeriodApplies";

  // care and departure
  public static final String CARE_DECISION = "careDecision";
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String TERMINATION_GROUND = "terminationGround";

  // outcomes of called processes
  public static final String MEDICAL_OUTCOME = "medicalOutcome";
  public static final String TRACING_OUTCOME = "tracingOutcome";
  public static final String RETURN_OUTCOME = "returnOutcome";

  private RescueCaseVariables() {}
}
