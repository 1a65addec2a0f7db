package org.regionalrescue.organisation;

/** A group that belongs to no single agency. */
public record SystemGroup(String id, String name) {

  public static final String POLICY_STAFF = "policy-staff";
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  /** Reporting apps and the hotline's system: may file street reports ({@code POST /api/reports}), nothing else. */
  public static final String REPORT_INTAKE = "report-intake";
}
