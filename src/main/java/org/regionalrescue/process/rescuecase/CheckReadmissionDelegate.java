package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_NUMBER;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.READMISSION;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/**
 * 核查近期受助记录: whether the person (known by ID number) left another case within the re-admission window
 * ({@code rescue.deadlines.readmission-window}). The rescue-classification table decides what follows from it.
 */
@Component
public class CheckReadmissionDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final Deadlines deadlines;

  public CheckReadmissionDelegate(CaseFiles caseFiles, Deadlines deadlines) {
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date windowStart = Date.from(ClockUtil.getCurrentTime().toInstant().minus(deadlines.readmissionWindow()));
    execution.setVariable(READMISSION,
        caseFiles.departedElsewhereSince((String) execution.getVariable(CASE_NUMBER), windowStart));
  }
}
