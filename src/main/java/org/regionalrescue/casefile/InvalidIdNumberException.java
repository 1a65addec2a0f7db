package org.regionalrescue.casefile;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A resident ID number that cannot be right. REST answers it with 400. The message says what is wrong but never
 * repeats the number: messages end up in logs, incident records and Cockpit, where an ID number has no business.
 */
public class InvalidIdNumberException extends BadUserRequestException {

  public InvalidIdNumberException(String message) {
    super(message);
  }
}
