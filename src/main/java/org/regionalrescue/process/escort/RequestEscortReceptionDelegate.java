package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.CASE_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.COST_BASIS;
import static org.regionalrescue.process.escort.EscortVariables.COST_PAYER;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_STAFF_COUNT;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_TRANSPORT;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.LEG_KIND;
import static org.regionalrescue.process.escort.EscortVariables.LEG_MODE;
import static org.regionalrescue.process.escort.EscortVariables.LEG_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFIED_VIA;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFIED_VIA_NAME;
import static org.regionalrescue.process.escort.EscortVariables.PLANNED_DEPARTURE;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_EXTERNAL;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_NAME;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_ATTEMPT;
import static org.regionalrescue.process.escort.EscortVariables.ROUTE_SUMMARY;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_NAME;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知接收方: starts the receiving side of the leg ({@code escort-reception}, message {@code EscortLegRequested})
 * with what it needs to decide: the leg, who pays, how and when the person comes. Counts the attempts (a leg is
 * asked again after a refusal was coordinated); a reception of the leg that is already running is not started twice.
 */
@Component
public class RequestEscortReceptionDelegate implements JavaDelegate {

  private static final List<String> PASSED_ON = List.of(CASE_NUMBER, CASE_AGENCY, LEG_NUMBER, LEG_KIND, LEG_MODE,
      SENDING_AGENCY, SENDING_NAME, RECEIVING_AGENCY, RECEIVER_NAME, RECEIVER_EXTERNAL, NOTIFIED_VIA,
      NOTIFIED_VIA_NAME, COST_PAYER, COST_BASIS, ROUTE_SUMMARY, PLANNED_DEPARTURE, ESCORT_TRANSPORT, ESCORT_STAFF_COUNT);

  private final EscortLegMessages messages;

  public RequestEscortReceptionDelegate(EscortLegMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object previous = execution.getVariable(RECEPTION_ATTEMPT);
    int attempt = (previous instanceof Number n ? n.intValue() : 0) + 1;
    execution.setVariable(RECEPTION_ATTEMPT, attempt);
    Map<String, Object> request = new LinkedHashMap<>();
    PASSED_ON.forEach(name -> request.put(name, execution.getVariable(name)));
    request.put(RECEPTION_ATTEMPT, attempt);
    messages.requestReception((String) execution.getVariable(CASE_NUMBER), (String) execution.getVariable(LEG_ID),
        request);
  }
}
