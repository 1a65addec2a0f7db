package org.regionalrescue.cluster;

import org.springframework.stereotype.Component;

/**
 * {@link JobRetries} for BPMN, as the bean {@code jobRetries}: every asynchronous step carries
 * {@code <camunda:failedJobRetryTimeCycle>${jobRetries.cycle}</camunda:failedJobRetryTimeCycle>} (an extension
 * element: Camunda ignores a {@code camunda:failedJobRetryTimeCycle} attribute).
 */
@Component("jobRetries")
public class JobRetryExpressions {

  private final JobRetries retries;

  public JobRetryExpressions(JobRetries retries) {
    this.retries = retries;
  }

  public String getCycle() {
    return retries.retryCycle();
  }
}
