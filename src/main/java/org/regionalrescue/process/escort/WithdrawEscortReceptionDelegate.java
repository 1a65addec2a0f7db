package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知接收方撤回护送: an incident ended the escort, so the receiving side of the leg under way stops waiting for the
 * person (message {@code EscortLegWithdrawn}). Nothing to withdraw (already ended) is fine.
 */
@Component
public class WithdrawEscortReceptionDelegate implements JavaDelegate {

  private final EscortLegMessages messages;

  public WithdrawEscortReceptionDelegate(EscortLegMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    messages.withdraw((String) execution.getVariable(LEG_ID));
  }
}
