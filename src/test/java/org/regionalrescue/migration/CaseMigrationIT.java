package org.regionalrescue.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.POLICY_STAFF;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalrescue.process.rescuecase.RescueCaseVariables;
import org.regionalrescue.support.DemoUsers;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.ModelerDeployment;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Running cases move to a revised {@code rescue-case} (the README's procedure for policy staff), in the running
 * application over REST: 青山县's caseworker has cases waiting at 接待登记, 安检与检视 and 甄别评估; policy staff deploy a
 * revision from Camunda Modeler ({@link RescueCaseRevision}: a new task 随身物品登记 after 接待登记, 甄别评估 under a new
 * id); the dry run names the step that cannot be mapped and changes nothing; once that case has moved on, the dry
 * run says every case can move; the real run migrates them as a batch that the job executor works off; every case
 * then ends on the new version, the one waiting at 接待登记 passing through 随身物品登记. The command
 * {@code bin/migrate-cases} prints the dry run's report for policy staff.
 */
@RescueApplicationTest
class CaseMigrationIT {

  private static final String PROCESS = RescueCaseVariables.PROCESS_KEY;
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void runningCasesAtSeveralStepsMoveToARevisedVersionAndEndThere() throws Exception {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    String atRegistration = startCase(caseworker);
    String atScreening = startCase(caseworker);
    register(caseworker, atScreening, "19710202");
    String atAssessment = startCase(caseworker);
    register(caseworker, atAssessment, "19720303");
    screen(caseworker, atAssessment);
    ProcessDefinition running = definition(atRegistration);

    ResponseEntity<Map<String, Object>> deployed = ModelerDeployment.of("rescue-case 随身物品登记", "rescue-case.bpmn",
        RescueCaseRevision.xml()).withWhatTheDiagramReferences().attach(RescueCaseRevision.NEW_FORM_FILE.toPath())
        .sendAs(http, POLICY_STAFF);
    assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessDefinition revised = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult();
    assertThat(revised.getVersion()).isEqualTo(running.getVersion() + 1);

    // dry run: 甄别评估 has no counterpart; nothing moves
    Map<String, Object> report = migrations(POLICY_STAFF, "?dryRun=true", HttpStatus.OK);
    assertThat(report).containsEntry("processKey", PROCESS).containsEntry("targetVersion", revised.getVersion())
        .containsEntry("dryRun", true).containsEntry("migratable", false);
    Map<String, Object> source = onlySource(report);
    assertThat(source).containsEntry("version", running.getVersion()).containsEntry("instances", 3)
        .containsEntry("migratable", false).containsEntry("batchId", null);
    assertThat(steps(source, "unmapped")).containsExactly(
        Map.of("activityId", RescueCaseRevision.ASSESSMENT, "name", "甄别评估", "instances", 1));
    assertThat(steps(source, "mapped")).contains(
        Map.of("activityId", "Task_RegisterPerson", "name", "接待登记", "instances", 1),
        Map.of("activityId", "Task_ScreenPerson", "name", "安检与检视", "instances", 1));
    assertThat(List.of(atRegistration, atScreening, atAssessment)).allSatisfy(caseId ->
        assertThat(definition(caseId).getId()).isEqualTo(running.getId()));
    assertThat(engine.getManagementService().createBatchQuery().count()).isZero();
    MigrateCasesCommandTest.Run command = MigrateCasesCommandTest.run(
        Map.of("RESCUE_URL", "http://localhost:" + port, "RESCUE_USER", POLICY_STAFF), DemoUsers.PASSWORD + "\n",
        PROCESS);
    assertThat(command.exitCode()).as(command.err()).isEqualTo(1);
    assertThat(command.out()).contains("流程 rescue-case → 第 " + revised.getVersion() + " 版：试运行")
        .contains("第 " + running.getVersion() + " 版：在办 3 件").contains("接待登记 (Task_RegisterPerson)：1 件")
        .contains("甄别评估 (Task_AssessEligibility)：1 件").contains("结论：有在办个案不能迁移");
    assertThat(command.err()).doesNotContain(DemoUsers.PASSWORD + "\n");

    // the case at 甄别评估 moves on (refused: it then waits at 出具不予救助通知书, a step both versions have)
    assess(caseworker, atAssessment);
    assertThat(waitingAt(atAssessment)).containsExactly("Task_IssueRefusalNotice");
    Map<String, Object> ready = migrations(POLICY_STAFF, "", HttpStatus.OK);
    assertThat(ready).containsEntry("dryRun", true).containsEntry("migratable", true);
    assertThat(steps(onlySource(ready), "unmapped")).isEmpty();
    assertThat((List<?>) onlySource(ready).get("problems")).isEmpty();
    assertThat(List.of(atRegistration, atScreening, atAssessment)).allSatisfy(caseId ->
        assertThat(definition(caseId).getId()).isEqualTo(running.getId()));

    // the real run: one batch, worked off by the job executor
    Map<String, Object> migrated = migrations(POLICY_STAFF, "?dryRun=false", HttpStatus.OK);
    assertThat(migrated).containsEntry("dryRun", false).containsEntry("migratable", true);
    String batchId = (String) onlySource(migrated).get("batchId");
    assertThat(batchId).isNotBlank();
    awaitUntil("the migration batch " + batchId + " is done",
        () -> engine.getManagementService().createBatchQuery().batchId(batchId).count() == 0);
    assertThat(List.of(atRegistration, atScreening, atAssessment)).allSatisfy(caseId ->
        assertThat(definition(caseId).getId()).isEqualTo(revised.getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(running.getId()).count())
        .isZero();

    // each case ends on the new version
    register(caseworker, atRegistration, "19700101");
    submit(caseworker, atRegistration, RescueCaseRevision.NEW_TASK_NAME,
        Map.of("belongingsListed", true, "belongingsStoredAt", "物品保管室"));
    screen(caseworker, atRegistration);
    assess(caseworker, atRegistration);
    screen(caseworker, atScreening);
    assess(caseworker, atScreening);
    for (String caseId : List.of(atRegistration, atScreening, atAssessment)) {
      submit(caseworker, caseId, "出具不予救助通知书",
          Map.of("refusalExplanation", "拒不如实提供个人情况。", "noticeDelivered", true));
      HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(caseId).singleResult();
      assertThat(ended.getEndTime()).as("case %s ended", caseId).isNotNull();
      assertThat(ended.getEndActivityId()).isEqualTo("End_Refused");
      assertThat(ended.getProcessDefinitionId()).isEqualTo(revised.getId());
    }
    assertThat(passed(atRegistration)).contains(RescueCaseRevision.NEW_TASK, RescueCaseRevision.RENAMED_ASSESSMENT);
    assertThat(passed(atScreening)).contains(RescueCaseRevision.RENAMED_ASSESSMENT)
        .doesNotContain(RescueCaseRevision.NEW_TASK);
  }

  @Test
  void onlyPolicyStaffMayMigrateAndAnUnknownProcessOrVersionIsExplained() {
    Map<String, Object> refused = migrations(QINGSHAN_CASEWORKER, "", HttpStatus.FORBIDDEN);
    assertThat((String) refused.get("message")).isEqualTo("只有政策与流程管理人员可以迁移在办个案。");
    assertThat(http.exchange("/api/migrations/" + PROCESS, HttpMethod.POST, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    Map<String, Object> unknown = call(POLICY_STAFF, "/api/migrations/no-such-process", HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.get("message")).isEqualTo("没有已部署的流程“no-such-process”。");
    Map<String, Object> noVersion = migrations(POLICY_STAFF, "?targetVersion=99", HttpStatus.BAD_REQUEST);
    assertThat((String) noVersion.get("message")).isEqualTo("流程“rescue-case”没有第 99 版。");
  }

  // ------------------------------------------------------------------------------------------------- the cases

  private String startCase(RestClient caseworker) {
    ResponseEntity<Map<String, Object>> started =
        caseworker.startRescueCase(Map.of(RescueCaseVariables.ARRIVAL_CHANNEL, "walk-in"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private void register(RestClient caseworker, String caseId, String birthDate) {
    submit(caseworker, caseId, "接待登记", Map.of("sex", "male", RescueCaseVariables.AGE, 40, "consentToHelp", true,
        "person_name", FictionalPeople.NAME, "person_idNumber", FictionalPeople.idNumber(birthDate),
        "person_hardship", "务工返乡途中钱物被盗。"));
  }

  private void screen(RestClient caseworker, String caseId) {
    submit(caseworker, caseId, "安检与检视", Map.of("securityCheckDone", true,
        RescueCaseVariables.HEALTH_FINDING, "none", RescueCaseVariables.BEHAVIOUR_FINDING, "none"));
  }

  /** 甄别评估 of a person who will not say who they are: refused (RULES), the short way to an end. */
  private void assess(RestClient caseworker, String caseId) {
    Map<String, Object> answers = new HashMap<>(Map.of("cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes",
        "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes", "refusesTruthfulInformation", true,
        "domesticViolence", false, "otherSchemeNeed", "none"));
    submit(caseworker, caseId, "甄别评估", answers);
  }

  private void submit(RestClient caseworker, String caseId, String taskName, Map<String, Object> variables) {
    Task task = awaitTask(caseId, taskName);
    ResponseEntity<Map<String, Object>> response = caseworker.submitForm(task.getId(), variables);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s", taskName, response.getBody()).isTrue();
  }

  private Task awaitTask(String caseId, String taskName) {
    Task[] found = new Task[1];
    awaitUntil("task " + taskName + " of case " + caseId, () -> {
      found[0] = engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskName(taskName)
          .singleResult();
      return found[0] != null;
    });
    return found[0];
  }

  private List<String> waitingAt(String caseId) {
    return engine.getRuntimeService().getActiveActivityIds(caseId);
  }

  private List<String> passed(String caseId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(caseId).list().stream()
        .map(activity -> activity.getActivityId()).toList();
  }

  private ProcessDefinition definition(String caseId) {
    String definitionId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId)
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(definitionId);
  }

  // --------------------------------------------------------------------------------------------- the endpoint

  private Map<String, Object> migrations(String userId, String query, HttpStatus expected) {
    return call(userId, "/api/migrations/" + PROCESS + query, expected);
  }

  private Map<String, Object> call(String userId, String path, HttpStatus expected) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(userId, DemoUsers.PASSWORD).exchange(path, HttpMethod.POST, null, OBJECT);
    assertThat(response.getStatusCode()).as("POST %s as %s: %s", path, userId, response.getBody())
        .isEqualTo(expected);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlySource(Map<String, Object> report) {
    List<Map<String, Object>> sources = (List<Map<String, Object>>) report.get("sources");
    assertThat(sources).hasSize(1);
    return sources.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> source, String kind) {
    return (List<Map<String, Object>>) source.get(kind);
  }

  private static void awaitUntil(String what, BooleanSupplier condition) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("not within " + PATIENCE + ": " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
