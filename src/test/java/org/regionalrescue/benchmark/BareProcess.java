package org.regionalrescue.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;

/**
 * The bare engine on the same shape as a measured case: a generated process ({@code Bpmn.createExecutableProcess()})
 * with the same user tasks in the same order and with the same names, and as many service tasks (no-op expression),
 * exclusive gateways (one condition each), call activities (of an empty process) and asynchronous continuations as
 * the case passed through. No delegates, listeners, forms, candidate groups or authorizations.
 *
 * @param userTasks the names of the user tasks, in the order the case worked them
 * @param serviceTasks service, business rule, send and script tasks the case passed
 * @param gateways gateways of any kind the case passed
 * @param callActivities call activities the case passed (each starts a process instance)
 * @param asyncJobs asynchronous continuations the job executor ran for the case
 */
record BareProcess(String key, List<String> userTasks, int serviceTasks, int gateways, int callActivities,
    int asyncJobs) {

  static final String CALLED_KEY = "bench-bare-called";

  /** The generated process and the empty process its call activities start. */
  List<BpmnModelInstance> models() {
    List<String> fillers = new ArrayList<>();
    for (int i = 0; i < Math.max(serviceTasks, Math.max(gateways, callActivities)); i++) {
      if (i < callActivities) {
        fillers.add("call");
      }
      if (i < serviceTasks) {
        fillers.add("service");
      }
      if (i < gateways) {
        fillers.add("gateway");
      }
    }
    // spread the fillers evenly behind the user tasks (the start counts as the first slot)
    int slots = userTasks.size() + 1;
    Map<Integer, List<String>> bySlot = new LinkedHashMap<>();
    for (int i = 0; i < fillers.size(); i++) {
      bySlot.computeIfAbsent(i * slots / Math.max(1, fillers.size()), s -> new ArrayList<>()).add(fillers.get(i));
    }
    int asyncLeft = asyncJobs;
    int service = 0;
    int gateway = 0;
    int call = 0;
    List<String> gatewayIds = new ArrayList<>();
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).name("基准：裸引擎 " + key)
        .camundaHistoryTimeToLive(1).startEvent("Start");
    for (int slot = 0; slot < slots; slot++) {
      if (slot > 0) {
        flow = flow.userTask("Task_" + slot).name(userTasks.get(slot - 1));
      }
      for (String filler : bySlot.getOrDefault(slot, List.of())) {
        switch (filler) {
          case "call" -> {
            flow = flow.callActivity("Call_" + ++call).calledElement(CALLED_KEY);
            if (asyncLeft > 0) {
              flow = flow.camundaAsyncBefore();
              asyncLeft--;
            }
          }
          case "service" -> flow = flow.serviceTask("Service_" + ++service).camundaExpression("${true}");
          default -> {
            String id = "Gateway_" + ++gateway;
            gatewayIds.add(id);
            flow = flow.exclusiveGateway(id).condition("继续", "${true}");
          }
        }
      }
    }
    BpmnModelInstance process = flow.endEvent("End").done();
    for (String id : gatewayIds) {
      process.<ExclusiveGateway>getModelElementById(id).builder().condition("从不", "${false}").endEvent("End_" + id);
    }
    // asynchronous continuations beyond the call activities go onto the service tasks
    for (int s = 1; s <= service && asyncLeft > 0; s++, asyncLeft--) {
      process.<org.camunda.bpm.model.bpmn.instance.ServiceTask>getModelElementById("Service_" + s)
          .setCamundaAsyncBefore(true);
    }
    BpmnModelInstance called = Bpmn.createExecutableProcess(CALLED_KEY).name("基准：空流程")
        .camundaHistoryTimeToLive(1).startEvent().endEvent().done();
    return List.of(process, called);
  }

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("key", key);
    map.put("userTasks", userTasks.size());
    map.put("serviceTasks", serviceTasks);
    map.put("gateways", gateways);
    map.put("callActivities", callActivities);
    map.put("asyncJobs", asyncJobs);
    return map;
  }
}
