package org.regionalrescue.organisation;

/**
 * The roles a person holds at an agency. Each agency has one Camunda group per role, named
 * {@code <agency code>-<role>}, e.g. {@code qingshan-caseworker}; diagrams address them the same way
 * ({@code ${caseAgency}-caseworker}).
 */
public enum AgencyRole {
  CASEWORKER("caseworker", "社工"),
  SUPERVISOR("supervisor", "主管");

  private final String suffix;
  private final String label;

  AgencyRole(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  public String groupOf(String agencyCode) {
    return agencyCode + "-" + suffix;
  }

  public String groupNameOf(Agency agency) {
    return agency.name() + label;
  }

  /** The agency code of a group of this role, or null when the group is not one. */
  public String agencyOf(String groupId) {
    String tail = "-" + suffix;
    return groupId.endsWith(tail) ? groupId.substring(0, groupId.length() - tail.length()) : null;
  }
}
