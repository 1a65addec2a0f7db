package org.regionalrescue.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.regionalrescue.contract.ProjectModels.Diagram;
import org.regionalrescue.contract.ProjectModels.Form;
import org.regionalrescue.support.RescueApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every diagram and form under {@code processes/} and {@code forms/} must honour, checked against the running
 * application: forms exist, delegates are beans, called processes exist, deadlines come from configuration.
 */
@RescueApplicationTest
class ModelContractIT {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final Pattern HAS_CHINESE = Pattern.compile("\\p{IsHan}");
  /** English ids, not the random ones Camunda Modeler generates (Activity_1x2y3z4, Flow_0abcdef). */
  private static final Pattern STABLE_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
  private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");

  @Autowired ApplicationContext application;

  private final List<Diagram> diagrams = ProjectModels.diagrams();
  private final List<Form> forms = ProjectModels.forms();

  @Test
  void everyProcessIsNamedInChineseExecutableAndHasAHistoryTimeToLive() {
    for (Diagram diagram : diagrams) {
      for (Process process : diagram.model().getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as("%s executable", diagram).isTrue();
        assertThat(process.getName()).as("%s name", diagram).containsPattern(HAS_CHINESE);
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", diagram).isNotBlank();
      }
    }
  }

  @Test
  void theFileNameIsTheProcessId() {
    for (Diagram diagram : diagrams) {
      Collection<Process> processes = diagram.model().getModelElementsByType(Process.class);
      assertThat(processes).extracting(Process::getId)
          .containsExactly(diagram.file().getFileName().toString().replace(".bpmn", ""));
    }
  }

  @Test
  void everyFlowElementHasAStableIdAChineseNameWhereItShowsAndAShapeInTheDiagram() {
    for (Diagram diagram : diagrams) {
      Set<String> drawn = diagram.model().getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
      drawn.addAll(diagram.model().getModelElementsByType(BpmnEdge.class).stream()
          .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()));
      for (FlowElement element : diagram.model().getModelElementsByType(FlowElement.class)) {
        assertThat(element.getId()).as("%s element id", diagram).matches(STABLE_ID)
            .doesNotMatch(MODELER_DEFAULT_ID);
        assertThat(drawn).as("%s: %s has no shape or edge", diagram, element.getId()).contains(element.getId());
        if (element instanceof org.camunda.bpm.model.bpmn.instance.Activity) {
          assertThat(element.getName()).as("%s: %s name", diagram, element.getId()).containsPattern(HAS_CHINESE);
        }
      }
    }
  }

  @Test
  void everyUserTaskHasADeployedCamundaFormAndCandidateGroupsFromData() {
    Set<String> formIds = forms.stream().map(Form::id).collect(Collectors.toSet());
    for (Diagram diagram : diagrams) {
      for (UserTask task : diagram.model().getModelElementsByType(UserTask.class)) {
        String where = diagram + ": " + task.getId();
        assertThat(camunda(task, "formRef")).as("%s formRef", where).isIn(formIds);
        assertThat(camunda(task, "formRefBinding")).as("%s formRefBinding", where).isEqualTo("deployment");
        assertThat(task.getCamundaCandidateGroups()).as("%s candidateGroups", where).contains("${");
        assertThat(task.getCamundaAssignee()).as("%s must not name a user", where).isNull();
      }
    }
  }

  @Test
  void everyDelegateExpressionNamesABeanOfTheApplication() {
    for (Diagram diagram : diagrams) {
      for (ModelElementInstance element : diagram.model().getModelElementsByType(FlowElement.class)) {
        String expression = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
        assertThat(element.getAttributeValueNs(CAMUNDA_NS, "class")).as("%s uses camunda:class", diagram).isNull();
        if (expression == null) {
          continue;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(expression);
        assertThat(bean.matches()).as("%s: %s is a plain bean reference", diagram, expression).isTrue();
        assertThat(application.containsBean(bean.group(1))).as("%s: bean %s", diagram, bean.group(1)).isTrue();
      }
    }
  }

  /**
   * Processes that a later piece of work builds (issue "referral chains"). Diagrams may call them already; the call
   * activities are asynchronous, so until they are deployed a case waits there with an incident in Cockpit and
   * continues when the incident is retried after deployment.
   */
  private static final Set<String> PLANNED_PROCESSES = Set.of();

  @Test
  void everyCalledProcessIsPartOfTheProjectOrPlannedAndThenAsynchronous() {
    Set<String> processIds = diagrams.stream()
        .flatMap(d -> d.model().getModelElementsByType(Process.class).stream())
        .map(Process::getId)
        .collect(Collectors.toSet());
    for (Diagram diagram : diagrams) {
      for (CallActivity call : diagram.model().getModelElementsByType(CallActivity.class)) {
        if (PLANNED_PROCESSES.contains(call.getCalledElement()) && !processIds.contains(call.getCalledElement())) {
          assertThat(call.isCamundaAsyncBefore()).as("%s: %s calls a planned process", diagram, call.getId()).isTrue();
        } else {
          assertThat(call.getCalledElement()).as("%s: %s", diagram, call.getId()).isIn(processIds);
        }
      }
    }
  }

  @Test
  void everyTimerReadsItsDeadlineFromConfiguration() {
    for (Diagram diagram : diagrams) {
      for (TimerEventDefinition timer : diagram.model().getModelElementsByType(TimerEventDefinition.class)) {
        String value = Stream.of(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())
            .filter(java.util.Objects::nonNull).map(ModelElementInstance::getTextContent).findFirst().orElse("");
        assertThat(value).as("%s: timer %s", diagram, ((ModelElementInstance) timer.getParentElement())
            .getAttributeValue("id")).startsWith("${");
      }
    }
  }

  @Test
  void everyFormTargetsCamunda724AndHasAUniqueId() {
    assertThat(forms).isNotEmpty();
    for (Form form : forms) {
      assertThat(form.schema().path("executionPlatform").asText()).as("%s", form).isEqualTo("Camunda Platform");
      assertThat(form.schema().path("executionPlatformVersion").asText()).as("%s", form).startsWith("7.24");
      assertThat(form.id()).as("%s id", form).isEqualTo(form.file().getFileName().toString().replace(".form", ""));
    }
    assertThat(forms.stream().map(Form::id).distinct().count()).isEqualTo(forms.size());
  }

  /**
   * Every asynchronous step retries as configured ({@code rescue.jobs.retry-cycle}) through the extension element
   * Camunda reads; a {@code camunda:failedJobRetryTimeCycle} attribute is ignored by the engine, so none may exist.
   */
  @Test
  void everyAsynchronousStepRetriesAsConfigured() {
    assertThat(application.containsBean("jobRetries")).isTrue();
    for (Diagram diagram : diagrams) {
      for (FlowNode node : diagram.model().getModelElementsByType(FlowNode.class)) {
        assertThat(camunda(node, "failedJobRetryTimeCycle")).as("%s: %s has the attribute", diagram, node.getId())
            .isNull();
        List<String> cycles = node.getExtensionElements() == null ? List.of()
            : node.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
                .stream().map(ModelElementInstance::getTextContent).map(String::strip).toList();
        if (Stream.of("asyncBefore", "asyncAfter", "async").anyMatch(flag -> "true".equals(camunda(node, flag)))) {
          assertThat(cycles).as("%s: retry cycle of %s", diagram, node.getId()).containsExactly("${jobRetries.cycle}");
        }
      }
    }
  }

  private static String camunda(ModelElementInstance element, String attribute) {
    return element.getAttributeValueNs(CAMUNDA_NS, attribute);
  }
}
