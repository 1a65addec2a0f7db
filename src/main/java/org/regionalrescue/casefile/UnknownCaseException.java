package org.regionalrescue.casefile;

import org.camunda.bpm.engine.BadUserRequestException;

/** A request names a case number the system never issued. REST answers it with 400. */
public class UnknownCaseException extends BadUserRequestException {

  public UnknownCaseException(String caseNumber) {
    super("未找到个案「" + caseNumber + "」：请核对个案编号。");
  }
}
