package org.regionalrescue.organisation;

/** A group that belongs to no single agency. */
public record SystemGroup(String id, String name) {

  public static final String POLICY_STAFF = "policy-staff";
  public static final String CAMUNDA_ADMIN = "camunda-admin";
}
