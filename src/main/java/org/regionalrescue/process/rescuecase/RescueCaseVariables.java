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

  /** The codes {@link #ARRIVAL_CHANNEL} may take (the start form's select; referrals by message use the same). */
  public static final java.util.Set<String> ARRIVAL_CHANNELS =
      java.util.Set.of("walk-in", "police", "street-team", "other-department", "escalation");

  /** The codes of 安检与检视 (form rescue-screening): {@link #HEALTH_FINDING} and {@link #BEHAVIOUR_FINDING}. */
  public static final java.util.Set<String> HEALTH_FINDINGS = java.util.Set.of("none", "mental-disorder",
      "infectious-disease", "critical-illness", "injury", "sudden-illness");
  public static final java.util.Set<String> BEHAVIOUR_FINDINGS = java.util.Set.of("none", "drunk-threatening",
      "drug-use");
  /** The answers of 甄别评估 (form rescue-eligibility-assessment) that rescue-classification reads. */
  public static final String CANNOT_PAY_FOOD_LODGING = "cannotPayFoodLodging";
  public static final String NO_RELATIVES_TO_TURN_TO = "noRelativesToTurnTo";
  public static final String NO_MINIMUM_LIVING_SUPPORT = "noMinimumLivingSupport";
  public static final String HOMELESS_OR_BEGGING = "homelessOrBegging";
  public static final String REFUSES_TRUTHFUL_INFORMATION = "refusesTruthfulInformation";
  public static final String DOMESTIC_VIOLENCE = "domesticViolence";
  public static final String OTHER_SCHEME_NEED = "otherSchemeNeed";
  /** The answers to each of the four conditions: yes, no, to be verified. */
  public static final java.util.Set<String> CONDITION_ANSWERS = java.util.Set.of("yes", "no", "unknown");
  public static final java.util.Set<String> OTHER_SCHEME_NEEDS =
      java.util.Set.of("none", "temporary-assistance", "destitute-support");

  private RescueCaseVariables() {}
}
