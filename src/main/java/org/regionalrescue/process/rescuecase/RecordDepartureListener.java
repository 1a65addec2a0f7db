package org.regionalrescue.process.rescuecase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.regionalrescue.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** Notes in the case file when the person left, for the re-admission rule. */
@Component
public class RecordDepartureListener implements ExecutionListener {

  private final CaseFiles caseFiles;

  public RecordDepartureListener(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    caseFiles.recordDeparture((String) execution.getVariable(RescueCaseVariables.CASE_NUMBER));
  }
}
