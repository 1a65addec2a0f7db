package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ON_SITE_ANSWERS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the start of a follow-up patrol: the on-site answers of the round before are cleared, so the patrol's form starts
 * empty and its record holds only what this patrol found (history keeps every round).
 */
@Component
public class ClearOnSiteAnswersListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ON_SITE_ANSWERS.forEach(name -> execution.setVariable(name, null));
  }
}
