package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_OPINIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The departments' answers gathered on the joint-handling instance ({@code jointOpinions}, a JSON array), so that
 * 会商记录 shows them all once the last department answered. Each department's own written record (部门会办意见)
 * is filed separately.
 */
final class JointOpinions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JointOpinions() {}

  /** Starts the instance with no answers. */
  static void start(DelegateExecution instance) {
    instance.setVariable(JOINT_OPINIONS, SpinValues.jsonValue("[]").create());
  }

  /** Adds one department's entry to the instance's answers. */
  static void append(DelegateExecution instance, Map<String, Object> entry) {
    try {
      Object current = instance.getVariable(JOINT_OPINIONS);
      ArrayNode opinions = current == null ? JSON.createArrayNode() : (ArrayNode) JSON.readTree(current.toString());
      ObjectNode added = opinions.addObject();
      entry.forEach((name, value) -> added.put(name, value == null ? null : value.toString()));
      instance.setVariable(JOINT_OPINIONS, SpinValues.jsonValue(JSON.writeValueAsString(opinions)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("jointOpinions is not a JSON array", e);
    }
  }
}
