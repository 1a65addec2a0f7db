package org.regionalrescue.organisation;

import org.camunda.bpm.engine.BadUserRequestException;

/** A case or request names an agency the organisation does not know. REST answers it with 400. */
public class UnknownAgencyException extends BadUserRequestException {

  public UnknownAgencyException(String code) {
    super("未知的机构代码「" + code + "」：请使用组织架构中登记的机构代码。");
  }
}
