package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.springframework.stereotype.Component;

/**
 * 回复交接确认: files the signed 护送交接表 of the leg (who handed over to whom, who pays, arrival, receiving staff)
 * and confirms the handover to the sender ({@code EscortHandoverConfirmed}). Idempotent through
 * {@link EscortLegMessages#confirmHandover}: run again, it changes nothing; run before the sender waits, it fails and
 * its job is retried.
 */
@Component
public class ConfirmEscortHandoverDelegate implements JavaDelegate {

  private final EscortLegMessages messages;

  public ConfirmEscortHandoverDelegate(EscortLegMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> handover = new LinkedHashMap<>();
    CaseRecordType.ESCORT_HANDOVER.contentVariables().forEach(name -> handover.put(name, execution.getVariable(name)));
    messages.confirmHandover((String) execution.getVariable(CASE_NUMBER), (String) execution.getVariable(LEG_ID),
        handover);
  }
}
