package org.regionalrescue.process.escort;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * On a loop back within a leg (asked again after coordination, escort resumed after an incident): empties the
 * answers the diagram names in the field {@code variables} (comma-separated), so a reopened form does not start
 * pre-filled and the next answer is the leg's own. They stay declared in the leg's scope.
 */
@Component
@Scope("prototype")
public class ClearLegAnswersListener implements ExecutionListener {

  /** Injected by the engine from the diagram's {@code camunda:field name="variables"}. */
  private Expression variables;

  @Override
  public void notify(DelegateExecution execution) {
    Arrays.stream(variables.getValue(execution).toString().split(","))
        .map(String::strip).filter(name -> !name.isEmpty())
        .forEach(name -> execution.setVariable(name, null));
  }

  public void setVariables(Expression variables) {
    this.variables = variables;
  }
}
