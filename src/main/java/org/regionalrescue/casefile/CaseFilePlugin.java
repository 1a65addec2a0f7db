package org.regionalrescue.casefile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Wires the case file into the engine: every user task of every diagram gets {@link CaseFileCapture} on completion,
 * and history is written through {@link PersonalDataHistoryFilter}. Diagrams need no listener of their own.
 */
@Component
public class CaseFilePlugin extends AbstractProcessEnginePlugin {

  private final CaseFiles caseFiles;

  public CaseFilePlugin(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener capture = new CaseFileCapture(caseFiles);
    List<BpmnParseListener> listeners = new ArrayList<>(orEmpty(configuration.getCustomPreBPMNParseListeners()));
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        taskDefinitionOf(activity).addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, capture);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);

    List<HistoryEventHandler> handlers = new ArrayList<>(orEmpty(configuration.getCustomHistoryEventHandlers()));
    handlers.add(new PersonalDataHistoryFilter(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  private static TaskDefinition taskDefinitionOf(ActivityImpl activity) {
    return ((org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior) activity.getActivityBehavior())
        .getTaskDefinition();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
