package org.regionalrescue.process.identitytracing;

import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.DNA_MATCH;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the police's message {@code PoliceDnaFeedback} when it arrives (on leaving 收到公安DNA反馈, before the result
 * routes the flow): it must carry {@code dnaMatch} = {@code matched} or {@code no-match}. Anything else refuses the
 * whole correlation (REST 400); the case keeps waiting for a proper answer.
 */
@Component
public class CheckPoliceFeedbackListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(DNA_MATCH) instanceof String result)
        || !CheckTracingAnswersListener.MATCH_RESULTS.contains(result)) {
      throw new BadUserRequestException(
          "公安DNA反馈须写明比对结果：变量 dnaMatch 为 matched（比中）或 no-match（未比中）。");
    }
  }
}
