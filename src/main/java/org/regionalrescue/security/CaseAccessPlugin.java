package org.regionalrescue.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every process instance that starts with a {@code caseAgency} (a process called for a case, or a case handed over
 * by message) is opened to that agency's readers ({@link CaseAccess}). A case opened in Tasklist learns its agency
 * in 立案编号, which grants it there. Diagrams need nothing of their own; historic instance permissions are on.
 */
@Component
public class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  static final String CASE_AGENCY = "caseAgency";

  private final CaseAccess caseAccess;

  public CaseAccessPlugin(@Lazy CaseAccess caseAccess) {
    this.caseAccess = caseAccess;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableHistoricInstancePermissions(true);
    ExecutionListener openToAgency = execution -> {
      if (execution.getVariable(CASE_AGENCY) instanceof String agency) {
        caseAccess.grant(execution.getProcessInstanceId(), agency);
      }
    };
    List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
        ? List.of() : configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, openToAgency);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
