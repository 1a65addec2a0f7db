package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHED_AT;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_ID_COPY_KEPT;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_RELATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.RETURN_OUTCOME;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.ReturnOutcome;
import org.springframework.stereotype.Component;

/**
 * 记录亲属接领: writes the 亲属接领记录 once per case and step, however often the step runs, and gives back the
 * outcome. The fetcher's name and ID number stay in the case file; the record names the relation and the checks.
 */
@Component
public class RecordFetchDelegate implements JavaDelegate {

  private final CaseRecords caseRecords;

  public RecordFetchDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put(FETCHER_RELATION, execution.getVariable(FETCHER_RELATION));
    content.put("fetcherIdChecked", true);
    content.put(FETCHER_ID_COPY_KEPT, execution.getVariable(FETCHER_ID_COPY_KEPT));
    content.put(FETCHED_AT, execution.getVariable(FETCHED_AT));
    caseRecords.record(execution, CaseRecordType.FETCH_RECORD, content);
    execution.setVariable(RETURN_OUTCOME, ReturnOutcome.FETCHED);
  }
}
