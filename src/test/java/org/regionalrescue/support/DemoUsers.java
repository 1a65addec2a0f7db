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
  public static final String SONGLIN_CASEWORKER = "songlin.caseworker";
  public static final String LINJIANG_SUPERVISOR = "linjiang.supervisor";
  public static final String HOTLINE_APP = "hotline.app";
  public static final String DONGHU_BUREAU = "donghu.bureau";
  public static final String PROVINCE_OFFICER = "province.officer";
  public static final String PROVINCE_DIRECTOR = "province.director";
  public static final String MINISTRY_OFFICER = "ministry.officer";
  public static final String MINISTRY_DIRECTOR = "ministry.director";

  private DemoUsers() {}
}
