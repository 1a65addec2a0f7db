package org.regionalrescue.support;

/** The demo logins of {@code organisation/demo-organisation.yml}. */
public final class DemoUsers {

  public static final String PASSWORD = "demo";
  public static final String QINGSHAN_CASEWORKER = "qingshan.caseworker";
  public static final String LINJIANG_CASEWORKER = "linjiang.caseworker";
  public static final String BAISHA_CASEWORKER = "baisha.caseworker";
  public static final String QINGSHAN_SUPERVISOR = "qingshan.supervisor";
  public static final String CENTER_CASEWORKER = "center.caseworker";
  public static final String CENTER_SUPERVISOR = "center.supervisor";
  public static final String POLICY_STAFF = "policy.staff";
  public static final String ADMIN = "admin";

  private DemoUsers() {}
}
