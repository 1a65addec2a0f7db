package org.regionalrescue.organisation;

/**
 * One agency of the rescue network: a civil-affairs office, a rescue station, a township, a village, or a partner
 * department. {@code parentCode} is the agency above it (for a department: the agency whose area it serves);
 * {@code kind} names a department's line of work (police, health ...) and is null for the civil-affairs chain.
 */
public record Agency(String code, String name, AgencyLevel level, String parentCode, String kind) {

  public boolean isDepartment() {
    return level == AgencyLevel.DEPARTMENT;
  }
}
