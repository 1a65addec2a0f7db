package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.springframework.stereotype.Component;

/**
 * 报送突发情况报告: files the 护送途中突发情况报告 of an incident, once per incident however often the step runs (a
 * second incident on the same leg files its own report).
 */
@Component
public class RecordEscortIncidentDelegate implements JavaDelegate {

  private final CaseRecords caseRecords;

  public RecordEscortIncidentDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecordType type = CaseRecordType.ESCORT_INCIDENT_REPORT;
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("title", type.title());
    content.put(LEG_ID, execution.getVariable(LEG_ID));
    type.contentVariables().forEach(name -> content.put(name, execution.getVariable(name)));
    caseRecords.record(execution, type, content);
  }
}
