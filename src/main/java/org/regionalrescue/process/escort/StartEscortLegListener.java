package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.ARRIVED_AT;
import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_RESULT;
import static org.regionalrescue.process.escort.EscortVariables.COST_BASIS;
import static org.regionalrescue.process.escort.EscortVariables.COST_PAYER;
import static org.regionalrescue.process.escort.EscortVariables.DEPARTED_AT;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_CONTINUES;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_CONFIRMED_AT;
import static org.regionalrescue.process.escort.EscortVariables.HOSPITAL_NAME;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_ACTIONS;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_AT;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_PLACE;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_REPORTED_TO;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_TYPE;
import static org.regionalrescue.process.escort.EscortVariables.LEG;
import static org.regionalrescue.process.escort.EscortVariables.LEG_COSTS;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.LEG_KIND;
import static org.regionalrescue.process.escort.EscortVariables.LEG_MODE;
import static org.regionalrescue.process.escort.EscortVariables.LEG_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.LEG_PROGRESS;
import static org.regionalrescue.process.escort.EscortVariables.LEG_PROGRESS_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFICATION_REFERENCE;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFIED_VIA;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFIED_VIA_NAME;
import static org.regionalrescue.process.escort.EscortVariables.POLICE_REPORT_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVED_BY;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_EXTERNAL;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_NAME;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_ATTEMPT;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_REASON;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_NAME;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one leg (an instance of the multi-instance subprocess 护送各段): makes the leg's facts local variables of
 * the leg and declares there every answer the leg collects, so forms and messages of this leg write into this leg and
 * the next leg starts blank. Names the leg under way in the process-level {@code legId}, on which the receiving side's
 * replies are correlated.
 */
@Component
public class StartEscortLegListener implements ExecutionListener {

  /** Answers a leg collects, declared empty at its start. */
  static final List<String> LEG_ANSWERS = List.of(LEG_COSTS, COST_PAYER, COST_BASIS, RECEPTION_DECISION,
      RECEPTION_REFUSAL_REASON, RECEPTION_REFUSAL_NOTE, NOTIFICATION_REFERENCE, COORDINATION_RESULT, COORDINATION_NOTE,
      DEPARTED_AT, LEG_PROGRESS, LEG_PROGRESS_NOTE, INCIDENT_TYPE, INCIDENT_AT, INCIDENT_PLACE, INCIDENT_ACTIONS,
      HOSPITAL_NAME, POLICE_REPORT_NUMBER, INCIDENT_REPORTED_TO, ESCORT_CONTINUES, ARRIVED_AT, RECEIVED_BY,
      HANDOVER_CONFIRMED_AT);

  @Override
  public void notify(DelegateExecution execution) {
    // a sequential multi-instance keeps the element variable on its body, the parent of this leg's scope
    Object element = execution.getVariable(LEG);
    if (element == null) {
      return;
    }
    EscortLeg leg = EscortLeg.fromJson(element.toString());
    execution.setVariableLocal(LEG_NUMBER, leg.legNumber());
    execution.setVariableLocal(LEG_KIND, leg.legKind());
    execution.setVariableLocal(LEG_MODE, leg.legMode());
    execution.setVariableLocal(SENDING_AGENCY, leg.sendingAgency());
    execution.setVariableLocal(SENDING_NAME, leg.sendingName());
    execution.setVariableLocal(RECEIVING_AGENCY, leg.receivingAgency());
    execution.setVariableLocal(RECEIVER_NAME, leg.receiverName());
    execution.setVariableLocal(RECEIVER_EXTERNAL, leg.receiverExternal());
    execution.setVariableLocal(NOTIFIED_VIA, leg.notifiedVia());
    execution.setVariableLocal(NOTIFIED_VIA_NAME, leg.notifiedViaName());
    execution.setVariableLocal(RECEPTION_ATTEMPT, 0);
    LEG_ANSWERS.forEach(name -> execution.setVariableLocal(name, null));
    execution.getProcessInstance().setVariableLocal(LEG_ID, leg.legId());
  }
}
