package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.LEG_PROGRESS;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escort.EscortVariables.LegProgress;
import org.springframework.stereotype.Component;

/** 执行本段护送, on complete: the person was handed over (the receiver's signature follows), or an incident happened. */
@Component
public class CheckLegProgressListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(LEG_PROGRESS) instanceof String progress) || !LegProgress.ALL.contains(progress)) {
      throw new BadUserRequestException("请选择本段进展：已送达并移交接收方，或途中发生突发情况。");
    }
  }
}
