package org.regionalrescue.process.rescuecase;

/** The variable names of {@code rescue-case}, declared once and used by delegates, forms' keys and tests. */
public final class RescueCaseVariables {

  public static final String PROCESS_KEY = "rescue-case";

  /** Code of the agency handling the case; candidate groups are {@code ${caseAgency}-caseworker}. */
  public static final String CASE_AGENCY = "caseAgency";
  /** The case number the system issued; also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The user who started the case in Tasklist or over REST (the start event's initiator). */
  public static final String CASE_INITIATOR = "caseInitiator";

  private RescueCaseVariables() {}
}
