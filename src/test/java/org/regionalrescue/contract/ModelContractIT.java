package org.regionalrescue.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every diagram, decision and form under {@code processes/} and {@code forms/} must honour, checked against the
 * running application: every model deploys; forms exist; delegates (and listeners) are beans; called processes
 * exist; every message waited for has a sender and every BPMN error caught a thrower; decisions exist and get the
 * variables they read; deadlines come from configuration. The rules on references are in {@link ModelReferences}
 * (with their exact meaning); {@code ModelReferencesTest} shows each of them failing on a broken model.
 */
@RescueApplicationTest
class ModelContractIT {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern HAS_CHINESE = Pattern.compile("\\p{IsHan}");
  /** English ids, not the random ones Camunda Modeler generates (Activity_1x2y3z4, Flow_0abcdef). */
  private static final Pattern STABLE_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
  private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");

  @Autowired ApplicationContext application;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private final List<Diagram> diagrams = ProjectModels.diagrams();
  private final List<Form> forms = ProjectModels.forms();
  private final ModelReferences references = ModelReferences.ofProject();

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

  /** Service tasks and task and execution listeners alike: {@code ${beanName}}, a bean of the application. */
  @Test
  void everyDelegateExpressionNamesABeanOfTheApplication() {
    assertThat(references.delegatesWithoutBean(application::containsBean)).isEmpty();
  }

  @Test
  void everyMessageAProcessWaitsForHasASender() {
    assertThat(references.messagesWithoutSender()).isEmpty();
  }

  @Test
  void everyBpmnErrorCaughtHasAThrower() {
    assertThat(references.errorsWithoutThrower()).isEmpty();
  }

  @Test
  void everyDecisionAndEveryFormReferencedExists() {
    assertThat(references.decisionsNotFound()).isEmpty();
    assertThat(references.formsNotFound()).isEmpty();
  }

  @Test
  void everyDecisionInputIsAVariableTheCallingProcessProvides() {
    assertThat(references.decisionInputsNotProvided()).isEmpty();
  }

  /**
   * Every BPMN and DMN file under {@code processes/} and every form under {@code forms/}, deployed together as one
   * deployment as the application and Camunda Modeler deploy them, yields a definition for each of its processes,
   * decisions and forms (the deployment is removed afterwards).
   */
  @Test
  void everyModelAndFormDeploysAndYieldsItsDefinitions() {
    List<Path> files = ProjectModels.deployableFiles();
    Deployment deployment = deploy(files);
    try {
      RepositoryService repository = engine.getRepositoryService();
      assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
          .extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(diagrams.stream()
              .flatMap(d -> d.model().getModelElementsByType(Process.class).stream()).map(Process::getId).toList());
      assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list())
          .extracting(DecisionDefinition::getKey).containsExactlyInAnyOrderElementsOf(ProjectModels.decisions()
              .stream().flatMap(d -> d.decisions().stream()).map(org.camunda.bpm.model.dmn.instance.Decision::getId)
              .toList());
      assertThat(repository.getDeploymentResourceNames(deployment.getId())).hasSize(files.size());
      for (Form form : forms) {
        assertThat(formDefinitionDeployed(deployment.getId(), form.id())).as("form %s", form).isTrue();
      }
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  /** The deployment check can fail: a model the engine refuses is reported by its file name, nothing deployed. */
  @Test
  void aModelTheEngineRefusesFailsTheDeploymentWithItsFileName() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    List<Path> files = new java.util.ArrayList<>(ProjectModels.deployableFiles());
    files.add(Path.of("src/test/resources/contract/not-deployable.bpmn"));

    assertThatThrownBy(() -> deploy(files)).hasMessageContaining("not-deployable.bpmn")
        .hasMessageContaining("historyTimeToLive");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private Deployment deploy(List<Path> files) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("model-contract-check")
        .source("ModelContractIT");
    for (Path file : files) {
      try {
        builder.addInputStream(file.getFileName().toString(), Files.newInputStream(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builder.deploy();
  }

  private boolean formDefinitionDeployed(String deploymentId, String formKey) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_CAMFORMDEF WHERE DEPLOYMENT_ID_ = ? AND KEY_ = ?",
        Integer.class, deploymentId, formKey) == 1;
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
