package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.POLICY_STAFF;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionalrescue.process.rescuecase.RescueCaseVariables;
import org.regionalrescue.support.ModelerDeployment;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Policy staff deploy a revised diagram from Camunda Modeler: the running application receives exactly the request
 * Camunda Modeler 5 sends ({@link ModelerDeployment}), the diagram with its forms and decision table as additional
 * files, and a new version of {@code rescue-case} starts cases whose tasks find their forms in that deployment.
 * Caseworkers and anonymous callers cannot deploy.
 */
@RescueApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelerDeploymentIT {

  private static final String PROCESS = RescueCaseVariables.PROCESS_KEY;
  private static final String DIAGRAM_FILE = "rescue-case.bpmn";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void policyStaffDeployANewVersionWithItsFormsAndDecisionAsCamundaModelerDoes() {
    int versionBefore = latestVersion();
    ModelerDeployment deployment = ModelerDeployment.of("rescue-case (Modeler)", DIAGRAM_FILE,
        revised("接待登记前先核对求助人员是否已在其他救助机构登记。")).withWhatTheDiagramReferences();
    assertThat(deployment.fileNames()).contains(DIAGRAM_FILE, "rescue-registration.form", "rescue-walk-in.form",
        "rescue-classification.dmn");

    ResponseEntity<Map<String, Object>> response = deployment.sendAs(http, POLICY_STAFF);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    String deploymentId = (String) response.getBody().get("id");
    assertThat(response.getBody()).containsEntry("source", "Camunda Modeler");
    assertThat(deployedProcessKeys(response)).containsExactly(PROCESS);
    ProcessDefinition latest = latest();
    assertThat(latest.getVersion()).isEqualTo(versionBefore + 1);
    assertThat(latest.getDeploymentId()).isEqualTo(deploymentId);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deploymentId))
        .containsExactlyInAnyOrderElementsOf(deployment.fileNames());
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(deploymentId)
        .decisionDefinitionKey("rescue-classification").count()).isEqualTo(1);

    // a case of the new version: its first task's form comes from the same deployment
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    ResponseEntity<Map<String, Object>> started = caseworker.startRescueCase(Map.of("arrivalChannel", "walk-in"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance rescueCase = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) started.getBody().get("id")).singleResult();
    assertThat(rescueCase.getProcessDefinitionId()).isEqualTo(latest.getId());
    Task registration = engine.getTaskService().createTaskQuery().processInstanceId(rescueCase.getId()).singleResult();
    ResponseEntity<String> form = http.withBasicAuth(QINGSHAN_CASEWORKER, "demo")
        .getForEntity("/engine-rest/task/" + registration.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"id\"").contains("rescue-registration");

    // Modeler's duplicate filtering: the same files again make no new version
    ResponseEntity<Map<String, Object>> again = deployment.sendAs(http, POLICY_STAFF);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("id", deploymentId);
    assertThat(latestVersion()).isEqualTo(versionBefore + 1);
  }

  @Test
  void aCaseworkerCannotDeployAndNothingIsDeployed() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    int version = latestVersion();
    ModelerDeployment deployment = ModelerDeployment.of("rescue-case (caseworker)", DIAGRAM_FILE,
        revised("社工试图部署。")).withWhatTheDiagramReferences();

    assertThat(deployment.sendAs(http, QINGSHAN_CASEWORKER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deployment.send(http).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latestVersion()).isEqualTo(version);
  }

  /**
   * Why the Modeler (and anyone deploying with curl) must not send {@code deploy-changed-only}: the engine then
   * leaves every unchanged file out of the new deployment, and the forms bound to it ({@code formRefBinding =
   * deployment}) are missing from the new version.
   */
  @Test
  void deployChangedOnlyWouldLeaveTheUnchangedFormsOutOfTheNewVersion() {
    String name = "rescue-case (changed only)";
    ResponseEntity<Map<String, Object>> first = ModelerDeployment.of(name, DIAGRAM_FILE, revised("第一版。"))
        .withWhatTheDiagramReferences().deployChangedOnly().sendAs(http, POLICY_STAFF);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> second = ModelerDeployment.of(name, DIAGRAM_FILE, revised("第二版。"))
        .withWhatTheDiagramReferences().deployChangedOnly().sendAs(http, POLICY_STAFF);

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames((String) second.getBody().get("id")))
        .containsExactly(DIAGRAM_FILE);
  }

  /** {@code rescue-case} as it is under {@code processes/}, with another process documentation (a change). */
  private static String revised(String documentation) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + DIAGRAM_FILE));
    Process process = model.getModelElementById(PROCESS);
    Documentation text = process.getDocumentations().isEmpty() ? null : process.getDocumentations().iterator().next();
    if (text == null) {
      text = model.newInstance(Documentation.class);
      process.getDocumentations().add(text);
    }
    text.setTextContent(documentation);
    return Bpmn.convertToString(model);
  }

  @SuppressWarnings("unchecked")
  private static List<String> deployedProcessKeys(ResponseEntity<Map<String, Object>> response) {
    Map<String, Map<String, Object>> definitions =
        (Map<String, Map<String, Object>>) response.getBody().get("deployedProcessDefinitions");
    return definitions.values().stream().map(d -> (String) d.get("key")).toList();
  }

  private ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult();
  }

  private int latestVersion() {
    return latest().getVersion();
  }
}
