package org.regionalrescue.process.rescuecase;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Files the written record a step produces (不予救助通知书, 自行离站声明书 ...) when the step ends. The diagram names
 * the document with the field {@code documentType}; the record holds the variables the document type lists.
 */
@Component
@Scope("prototype")
public class IssueDocumentListener implements ExecutionListener {

  private final CaseRecords caseRecords;

  /** Injected by the engine from the diagram's {@code camunda:field name="documentType"}. */
  private Expression documentType;

  public IssueDocumentListener(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CaseRecordType type = CaseRecordType.valueOf(documentType.getValue(execution).toString());
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("title", type.title());
    for (String name : type.contentVariables()) {
      content.put(name, execution.getVariable(name));
    }
    caseRecords.record(execution, type, content);
  }

  public void setDocumentType(Expression documentType) {
    this.documentType = documentType;
  }
}
