package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PROCESS_KEY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORTED_BY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORT_NUMBER;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SOURCE_REFERENCE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.regionalrescue.process.rescuecase.RescueCaseVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The one place where street reports meet the engine: a report from an outside app starts {@code street-discovery},
 * a repeated one is found again, and a person who comes in is handed to {@code rescue-case} by its message
 * {@code RescueCaseReferral}.
 */
@Component
public class StreetDiscoveryProcesses {

  /** The variable a rescue case opened from a report carries: the report's number. */
  public static final String REPORT_NUMBER_OF_CASE = REPORT_NUMBER;

  private final RuntimeService runtime;
  private final HistoryService history;

  public StreetDiscoveryProcesses(@Lazy RuntimeService runtime, @Lazy HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** Starts a report (checked by the caller and again by the process); returns the report's variables. */
  public Map<String, Object> report(Map<String, Object> variables) {
    ProcessInstance started = runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
    return variablesOf(started.getId());
  }

  /** A report the same reporter already made with the same reference of theirs, running or ended. */
  public Optional<Map<String, Object>> reportedBefore(String reportedBy, String sourceReference) {
    if (sourceReference == null) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> earlier = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).variableValueEquals(SOURCE_REFERENCE, sourceReference)
        .variableValueEquals(REPORTED_BY, reportedBy).orderByProcessInstanceStartTime().asc().list();
    return earlier.stream().findFirst().map(instance -> variablesOf(instance.getId()));
  }

  /**
   * Opens a rescue case at the responsible agency for the person of a report, once: a case already opened for the
   * report is found again (a retried step opens no second case). Returns the case number.
   */
  public String startRescueCase(String reportNumber, Map<String, Object> variables) {
    ProcessInstance rescueCase = runtime.createProcessInstanceQuery()
        .processDefinitionKey(RescueCaseVariables.PROCESS_KEY)
        .variableValueEquals(REPORT_NUMBER_OF_CASE, reportNumber).list().stream().findFirst()
        .orElseGet(() -> {
          Map<String, Object> withReport = new LinkedHashMap<>(variables);
          withReport.put(REPORT_NUMBER_OF_CASE, reportNumber);
          return runtime.createMessageCorrelation(RescueCaseVariables.REFERRAL_MESSAGE).setVariables(withReport)
              .correlateStartMessage();
        });
    Object caseNumber = runtime.getVariable(rescueCase.getId(), RescueCaseVariables.CASE_NUMBER);
    if (!(caseNumber instanceof String number)) {
      throw new IllegalStateException("rescue case " + rescueCase.getId() + " has no case number");
    }
    return number;
  }

  /** A report's variables as history keeps them (running or ended). */
  private Map<String, Object> variablesOf(String processInstanceId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return variables;
  }
}
