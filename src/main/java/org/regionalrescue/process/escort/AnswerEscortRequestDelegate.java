package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFICATION_REFERENCE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_REASON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 答复送出方: the receiving side's decision (and a refusal's coded reason) goes to the sender of the leg. */
@Component
public class AnswerEscortRequestDelegate implements JavaDelegate {

  private static final List<String> ANSWER =
      List.of(RECEPTION_DECISION, RECEPTION_REFUSAL_REASON, RECEPTION_REFUSAL_NOTE, NOTIFICATION_REFERENCE);

  private final EscortLegMessages messages;

  public AnswerEscortRequestDelegate(EscortLegMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> answer = new LinkedHashMap<>();
    ANSWER.forEach(name -> answer.put(name, execution.getVariable(name)));
    messages.answer((String) execution.getVariable(LEG_ID), answer);
  }
}
