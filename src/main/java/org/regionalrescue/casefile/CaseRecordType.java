package org.regionalrescue.casefile;

/** The written records the rules require (RULES §3, §7, §8), with their Chinese titles. */
public enum CaseRecordType {
  REFUSAL_NOTICE("不予救助通知书"),
  SELF_DEPARTURE_DECLARATION("自行离站声明书"),
  UNANNOUNCED_DEPARTURE("擅自离站记录"),
  TERMINATION_NOTICE("终止救助通知书"),
  POLICE_HANDOVER("移交公安交接表"),
  DEPARTURE_REGISTRATION("在站服务及离站登记表"),
  FETCH_RECORD("亲属接领记录"),
  TICKET_RECEIPT("乘车凭证及签收单");

  private final String title;

  CaseRecordType(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
