package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.DONGHU_BUREAU;
import static org.regionalrescue.support.DemoUsers.HOTLINE_APP;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.MINISTRY_DIRECTOR;
import static org.regionalrescue.support.DemoUsers.MINISTRY_OFFICER;
import static org.regionalrescue.support.DemoUsers.PROVINCE_DIRECTOR;
import static org.regionalrescue.support.DemoUsers.PROVINCE_OFFICER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_SUPERVISOR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.regionalrescue.support.DemoUsers;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo users of the pilot and of the weather campaigns work them over the API that Tasklist uses: the city's
 * civil-affairs bureau applies, the province selects, reviews and submits, the ministry reviews and approves; nobody
 * else starts or sees the pilot. Supervisors switch a campaign on, caseworkers cannot, and a report in its area is
 * answered faster while it is on.
 */
@RescueApplicationTest
class PilotProgrammeIT {

  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void theBureauAppliesAndTheProvinceAndTheMinistryWorkThePilotInTasklist() {
    RestClient bureau = RestClient.as(http, DONGHU_BUREAU);
    assertThat(bureau.get("/process-definition/key/pilot-programme/deployed-start-form").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // a county caseworker does not even see the definition (404); supervisors see it but may not start it (403)
    for (String notAnApplicant : List.of(QINGSHAN_CASEWORKER, PROVINCE_OFFICER)) {
      assertThat(RestClient.as(http, notAnApplicant).post("/process-definition/key/pilot-programme/start",
          Map.of("variables", application())).getStatusCode()).as(notAnApplicant).isEqualTo(HttpStatus.NOT_FOUND);
    }
    for (String notAnApplicant : List.of(QINGSHAN_SUPERVISOR, PROVINCE_DIRECTOR, MINISTRY_DIRECTOR)) {
      assertThat(RestClient.as(http, notAnApplicant).post("/process-definition/key/pilot-programme/start",
          Map.of("variables", application())).getStatusCode()).as(notAnApplicant).isEqualTo(HttpStatus.FORBIDDEN);
    }
    long pilotsBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("pilot-programme").count();
    ResponseEntity<Map<String, Object>> started =
        bureau.post("/process-definition/key/pilot-programme/start", Map.of("variables", application()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String pilotId = (String) started.getBody().get("id");
    assertThat((String) started.getBody().get("businessKey")).startsWith("pilot-");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("pilot-programme")
        .count()).isEqualTo(pilotsBefore + 1);

    submit(PROVINCE_DIRECTOR, pilotId, "遴选推荐", Map.of("reformWillingnessRating", "strong",
        "locationRating", "strong", "capacityRating", "adequate", "caseloadRating", "strong",
        "selectionDecision", "recommend"));
    Map<String, Object> plan = new HashMap<>();
    for (String content : List.of("planConditions", "planApproach", "planGoals", "planTasks", "planSchedule",
        "planExpectedEffects", "planSafeguards")) {
      plan.put(content, "演示内容");
    }
    submit(DONGHU_BUREAU, pilotId, "编制试点方案", plan);
    submit(PROVINCE_OFFICER, pilotId, "审核试点方案", Map.of("planReview", "approve"));
    submit(PROVINCE_OFFICER, pilotId, "报送民政部", Map.of("submittedOn", LocalDate.now().toString(),
        "paperDocumentNumber", "江民函〔演示〕1号", "electronicCopySent", true));
    submit(MINISTRY_OFFICER, pilotId, "专家评估审查", Map.of("expertPanel", "演示专家组", "expertScore", 90,
        "expertRecommendation", "include", "expertOpinion", "建议列入"));
    submit(MINISTRY_DIRECTOR, pilotId, "审核批复", Map.of("approvalDecision", "approve",
        "approvalDocument", "民函〔演示〕2号"));
    assertThat(engine.getRuntimeService().getActiveActivityIds(pilotId)).contains("Event_TermEnds");

    // the configured deadline (2024-04-15) has passed: the province's supervisor was told, the submission is late
    assertThat(nextTask(PROVINCE_DIRECTOR, pilotId, "督办：试点申报报送期限已到")).isNotNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pilotId)
        .variableName("submittedLate").singleResult().getValue()).isEqualTo(true);
    // the applicant, the province and the ministry see the pilot; a county does not
    for (String party : List.of(DONGHU_BUREAU, PROVINCE_OFFICER, MINISTRY_OFFICER)) {
      assertThat(RestClient.as(http, party).get("/process-instance/" + pilotId).getStatusCode()).as(party)
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(RestClient.as(http, LINJIANG_CASEWORKER).get("/process-instance/" + pilotId).getStatusCode())
        .isNotEqualTo(HttpStatus.OK);
  }

  @Test
  void aSupervisorSwitchesACampaignOnAndReportsInItsAreaAreAnsweredFaster() {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    RestClient supervisor = RestClient.as(http, QINGSHAN_SUPERVISOR);
    Map<String, Object> campaign = Map.of("campaignType", Map.of("value", "winter"),
        "campaignFrom", Map.of("value", LocalDate.now().minusDays(1).toString()),
        "campaignUntil", Map.of("value", LocalDate.now().plusDays(1).toString()));
    assertThat(caseworker.post("/process-definition/key/weather-campaign/start", Map.of("variables", campaign))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> started =
        supervisor.post("/process-definition/key/weather-campaign/start", Map.of("variables", campaign));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String campaignId = (String) started.getBody().get("id");
    try {
      Map<String, Object> report = http.withBasicAuth(HOTLINE_APP, DemoUsers.PASSWORD).exchange("/api/reports",
          HttpMethod.POST, new HttpEntity<>(Map.of("channel", "public", "place", "qingshan-shiqiao",
              "locationDetail", "石桥镇农贸市场", "situation", "有人在市场门口露宿", "urgency", "normal")),
          new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
      assertThat(report).containsEntry("campaignActive", true).containsEntry("responseLevel", "priority");
    } finally {
      submit(QINGSHAN_SUPERVISOR, campaignId, "专项行动进行中", Map.of("campaignEndReason", "演示结束"));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaignId).count()).isZero();
  }

  // ---- helpers

  private static Map<String, Object> application() {
    Map<String, Object> variables = new HashMap<>();
    Map.of("pilotArea", "东湖市辖区", "areaType", "prefecture-districts", "implementingBody", "东湖市救助管理站",
        "existingCapacity", "床位200张", "locationAdvantages", "交通枢纽", "reformWillingness", "列入市重点改革",
        "consentDocument", "东政函〔演示〕1号", "contactOffice", "社会事务科 0000-12345678")
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Map.of("population", 320, "stationCount", 4, "annualCaseload", 5200)
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("governmentConsent", Map.of("value", true));
    variables.put("pilotTasks", RestClient.json("[\"service-network\",\"institutions\"]"));
    return variables;
  }

  /** The user finds the task in their list, opens its form and submits it as Tasklist does. */
  private void submit(String user, String processInstanceId, String taskName, Map<String, Object> form) {
    RestClient client = RestClient.as(http, user);
    String taskId = nextTask(user, processInstanceId, taskName);
    assertThat(client.get("/task/" + taskId + "/deployed-form").getStatusCode()).as("%s opens %s", user, taskName)
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> response = client.submitForm(taskId, form);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s submits %s: %s", user, taskName, response.getBody())
        .isTrue();
  }

  /** The id of the task of this name that the user sees for the instance, once the job executor put it there. */
  private String nextTask(String user, String processInstanceId, String taskName) {
    Instant giveUp = Instant.now().plus(JOB_EXECUTOR_PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      List<Map<String, Object>> tasks = RestClient.as(http, user).list("/task?processInstanceId=" + processInstanceId)
          .getBody().stream().filter(task -> taskName.equals(task.get("name"))).toList();
      if (!tasks.isEmpty()) {
        return (String) tasks.get(0).get("id");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(user + " sees no task " + taskName + " within " + JOB_EXECUTOR_PATIENCE);
  }
}
