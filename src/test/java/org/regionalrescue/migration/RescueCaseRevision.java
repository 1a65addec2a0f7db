package org.regionalrescue.migration;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A revision of {@code rescue-case} as policy staff might make it in Camunda Modeler, derived from the diagram under
 * {@code processes/} as it is now (so it follows the lead's changes): a new user task 随身物品登记
 * ({@link #NEW_TASK}, form {@code rescue-belongings-check} from {@code src/test/resources/migration/}) on
 * {@code Flow_ToScreenPerson} between 接待登记 and 安检与检视, and 甄别评估 under a new id
 * ({@link #RENAMED_ASSESSMENT}), so that instances waiting there cannot be mapped. Only the stable early ids are
 * relied on: {@code Task_RegisterPerson}, {@code Task_ScreenPerson}, {@code Task_AssessEligibility},
 * {@code Flow_ToScreenPerson}.
 */
final class RescueCaseRevision {

  static final String NEW_TASK = "Task_RecordBelongings";
  static final String NEW_TASK_NAME = "随身物品登记";
  static final String NEW_FLOW = "Flow_BelongingsToScreenPerson";
  static final String NEW_FORM = "rescue-belongings-check";
  static final File NEW_FORM_FILE = new File("src/test/resources/migration/rescue-belongings-check.form");
  static final String ASSESSMENT = "Task_AssessEligibility";
  static final String RENAMED_ASSESSMENT = "Task_AssessEligibilityRevised";

  private RescueCaseRevision() {}

  static String xml() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/rescue-case.bpmn"));
    SequenceFlow toScreen = model.getModelElementById("Flow_ToScreenPerson");
    FlowNode register = toScreen.getSource();
    FlowNode screen = toScreen.getTarget();
    ModelElementInstance scope = toScreen.getParentElement();

    UserTask belongings = model.newInstance(UserTask.class);
    belongings.setId(NEW_TASK);
    belongings.setName(NEW_TASK_NAME);
    belongings.setCamundaFormRef(NEW_FORM);
    belongings.setCamundaFormRefBinding("deployment");
    belongings.setCamundaCandidateGroups("${caseAgency}-caseworker");
    scope.addChildElement(belongings);

    SequenceFlow belongingsToScreen = model.newInstance(SequenceFlow.class);
    belongingsToScreen.setId(NEW_FLOW);
    scope.addChildElement(belongingsToScreen);

    screen.getIncoming().remove(toScreen);
    toScreen.setTarget(belongings);
    belongings.getIncoming().add(toScreen);
    belongingsToScreen.setSource(belongings);
    belongingsToScreen.setTarget(screen);
    belongings.getOutgoing().add(belongingsToScreen);
    screen.getIncoming().add(belongingsToScreen);

    // drawn above 接待登记, with its two flows
    Bounds registerBounds = shapeOf(model, register.getId()).getBounds();
    Bounds screenBounds = shapeOf(model, screen.getId()).getBounds();
    BpmnShape shape = model.newInstance(BpmnShape.class);
    shape.setId(NEW_TASK + "_di");
    shape.setBpmnElement(belongings);
    Bounds bounds = model.newInstance(Bounds.class);
    bounds.setX(registerBounds.getX());
    bounds.setY(registerBounds.getY() - 140);
    bounds.setWidth(100);
    bounds.setHeight(80);
    shape.setBounds(bounds);
    ModelElementInstance plane = shapeOf(model, register.getId()).getParentElement();
    plane.addChildElement(shape);
    BpmnEdge edge = model.newInstance(BpmnEdge.class);
    edge.setId(NEW_FLOW + "_di");
    edge.setBpmnElement(belongingsToScreen);
    edge.getWaypoints().add(waypoint(model, bounds.getX() + 100, bounds.getY() + 40));
    edge.getWaypoints().add(waypoint(model, screenBounds.getX() + 50, bounds.getY() + 40));
    edge.getWaypoints().add(waypoint(model, screenBounds.getX() + 50, screenBounds.getY()));
    plane.addChildElement(edge);
    BpmnEdge toScreenEdge = edgeOf(model, toScreen.getId());
    toScreenEdge.getWaypoints().clear();
    toScreenEdge.getWaypoints().add(waypoint(model, registerBounds.getX() + 50, registerBounds.getY()));
    toScreenEdge.getWaypoints().add(waypoint(model, registerBounds.getX() + 50, bounds.getY() + 80));

    ((UserTask) model.getModelElementById(ASSESSMENT)).setId(RENAMED_ASSESSMENT);
    return Bpmn.convertToString(model);
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && elementId.equals(s.getBpmnElement().getId())).findFirst()
        .orElseThrow();
  }

  private static BpmnEdge edgeOf(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement() != null && elementId.equals(e.getBpmnElement().getId())).findFirst()
        .orElseThrow();
  }

  private static Waypoint waypoint(BpmnModelInstance model, double x, double y) {
    Waypoint waypoint = model.newInstance(Waypoint.class);
    waypoint.setX(x);
    waypoint.setY(y);
    return waypoint;
  }
}
