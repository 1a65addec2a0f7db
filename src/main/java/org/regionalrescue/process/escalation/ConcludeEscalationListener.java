package org.regionalrescue.process.escalation;

import static org.regionalrescue.process.escalation.EscalationVariables.CASE_AGENCY;
import static org.regionalrescue.process.escalation.EscalationVariables.CENTER_AGENCY;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_DECLINE_REASON;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_OUTCOME;
import static org.regionalrescue.process.escalation.EscalationVariables.HANDLING_AGENCY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.regionalrescue.process.escalation.EscalationVariables.Outcome;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * At an end of 提级办理, writes what the caller maps back: {@code escalationOutcome} (named by the diagram's field
 * {@code outcome}), {@code handlingAgency} (the center when accepted, else the requesting agency) and
 * {@code escalationDeclineReason} (null unless declined), so every output exists whichever way the process ended.
 */
@Component
@Scope("prototype")
public class ConcludeEscalationListener implements ExecutionListener {

  /** Injected by the engine from the diagram's {@code camunda:field name="outcome"}. */
  private Expression outcome;

  @Override
  public void notify(DelegateExecution execution) {
    String code = outcome.getValue(execution).toString();
    if (!Outcome.ALL.contains(code)) {
      throw new IllegalStateException("unknown escalation outcome in the diagram: " + code);
    }
    DelegateExecution instance = execution.getProcessInstance();
    instance.setVariable(ESCALATION_OUTCOME, code);
    String handling = Outcome.ACCEPTED.equals(code) ? CENTER_AGENCY : CASE_AGENCY;
    instance.setVariable(HANDLING_AGENCY, instance.getVariable(handling));
    if (!Outcome.DECLINED.equals(code)) {
      instance.setVariable(ESCALATION_DECLINE_REASON, null);
    }
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }
}
