package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.CENTER_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.DONGHU_BUREAU;
import static org.regionalrescue.support.DemoUsers.HOTLINE_APP;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.MINISTRY_DIRECTOR;
import static org.regionalrescue.support.DemoUsers.MINISTRY_OFFICER;
import static org.regionalrescue.support.DemoUsers.PROVINCE_DIRECTOR;
import static org.regionalrescue.support.DemoUsers.PROVINCE_OFFICER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.SONGLIN_CASEWORKER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables;
import org.regionalrescue.support.DemoUsers;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Street reports, weather campaigns and the pilot in the running application, with the demo users over the APIs that
 * reporting apps and Tasklist use. {@code POST /api/reports}: the reporting app's good report starts street-discovery
 * at the station of the place, a repeated one is not reported twice, a bad one is refused field by field and leaves
 * nothing behind, and only the reporting apps may call it; caseworkers report from Tasklist. Supervisors switch a
 * campaign on, caseworkers cannot, and a report in its area is answered faster while it is on. The city's
 * civil-affairs bureau applies for the pilot, the province selects, reviews and submits, the ministry reviews and
 * approves; nobody else starts or sees it. (One class: each application test class starts the application anew.)
 */
@RescueApplicationTest
class StreetReportsCampaignsAndPilotIT {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aGoodReportStartsStreetDiscoveryAtTheStationOfThePlaceAndARepeatedOneIsNotReportedTwice() {
    Map<String, Object> body = with(goodReport(), Map.of("personName", FictionalPeople.NAME,
        "personDescription", "男，约70岁，灰色棉衣", "reporterPhone", "0000-7654321", "reference", "HL-DEMO-0001"));
    ResponseEntity<Map<String, Object>> created = report(HOTLINE_APP, body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reportNumber = (String) created.getBody().get("reportNumber");
    assertThat(reportNumber).startsWith("qingshan-report-");
    assertThat(created.getBody()).containsEntry("responsibleAgency", "qingshan")
        .containsKeys("responseLevel", "respondBy", "campaignActive");
    assertThat((String) created.getBody().get("respondBy")).endsWith("+08:00");

    List<Map<String, Object>> tasks = RestClient.as(http, QINGSHAN_CASEWORKER)
        .list("/task?processInstanceBusinessKey=" + reportNumber).getBody();
    assertThat(tasks).extracting(t -> t.get("name")).containsExactly("派员出动");
    assertThat(RestClient.as(http, LINJIANG_CASEWORKER).list("/task?processInstanceBusinessKey=" + reportNumber)
        .getBody()).isEmpty();
    assertThat(caseFiles.person(reportNumber)).containsEntry("name", FictionalPeople.NAME)
        .containsEntry("reporterPhone", "0000-7654321");
    String reportId = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reportNumber).singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(reportId)
        .variableNameLike("person_%").count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE CAST(TEXT_ AS VARCHAR) LIKE ?",
        Integer.class, "%" + FictionalPeople.NAME + "%")).isZero();

    ResponseEntity<Map<String, Object>> again = report(HOTLINE_APP, body);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("reportNumber", reportNumber);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(StreetDiscoveryVariables.PROCESS_KEY)
        .variableValueEquals(StreetDiscoveryVariables.SOURCE_REFERENCE, "HL-DEMO-0001").count()).isOne();
  }

  @Test
  void badReportsAreRefusedFieldByFieldAndCreateNothing() {
    long reportsBefore = reportCount();
    Integer filesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);

    assertRefused(Map.of(), "channel", "place", "locationDetail", "situation", "urgency");
    assertRefused(with(goodReport(), Map.of("place", "nowhere-town")), "place");
    assertRefused(with(goodReport(), Map.of("urgency", "whenever")), "urgency");
    assertRefused(with(goodReport(), Map.of("urgency", 2)), "urgency");
    assertRefused(with(goodReport(), Map.of("situation", "<img src=x onerror=alert(1)>")), "situation");
    assertRefused(with(goodReport(), Map.of("locationDetail", "桥".repeat(201), "personDescription",
        "高".repeat(501))), "locationDetail", "personDescription");
    assertRefused(with(goodReport(), Map.of("idNumber", "110101199001011234")), "idNumber");

    Map<String, Object> messages = report(HOTLINE_APP, with(goodReport(), Map.of("place", "nowhere-town",
        "situation", "<script>x</script>"))).getBody();
    assertThat(messages.toString()).contains("“nowhere-town”不是本区域组织架构中的乡镇（街道）、村（社区）或县区",
        "现场情况不能包含 HTML");
    ResponseEntity<String> notJson = http.withBasicAuth(HOTLINE_APP, DemoUsers.PASSWORD)
        .exchange("/api/reports", HttpMethod.POST, json("{\"channel\": "), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody()).contains("不是有效的 JSON");
    ResponseEntity<String> notAnObject = http.withBasicAuth(HOTLINE_APP, DemoUsers.PASSWORD)
        .exchange("/api/reports", HttpMethod.POST, json("[1, 2]"), String.class);
    assertThat(notAnObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(reportCount()).isEqualTo(reportsBefore);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(filesBefore);
  }

  @Test
  void onlyTheReportingAppsMayReport() {
    long reportsBefore = reportCount();
    ResponseEntity<String> anonymous = http.exchange("/api/reports", HttpMethod.POST,
        new HttpEntity<>(goodReport()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String notReporting : List.of(QINGSHAN_CASEWORKER, CENTER_SUPERVISOR, DemoUsers.ADMIN)) {
      ResponseEntity<String> refused = http.withBasicAuth(notReporting, DemoUsers.PASSWORD)
          .exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(goodReport()), String.class);
      assertThat(refused.getStatusCode()).as(notReporting).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // the reporting app has no business with the engine's API
    assertThat(RestClient.as(http, HOTLINE_APP).list("/task").getBody()).isEmpty();
    assertThat(reportCount()).isEqualTo(reportsBefore);
  }

  @Test
  void aTownshipReportsFromTasklistAndABadReportIsRefusedWithItsReasons() {
    RestClient songlin = RestClient.as(http, SONGLIN_CASEWORKER);
    Map<String, Object> variables = Map.of("reportChannel", "grid-worker", "place", "qingshan-songlin-village",
        "locationDetail", "松林村村口桥下", "situation", "外地男子在桥下露宿两晚", "urgency", "normal");
    ResponseEntity<Map<String, Object>> started =
        songlin.post("/process-definition/key/street-discovery/start", Map.of("variables", wrap(variables)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String reportNumber = (String) started.getBody().get("businessKey");
    assertThat(reportNumber).startsWith("qingshan-report-");
    assertThat(RestClient.as(http, QINGSHAN_CASEWORKER).list("/task?processInstanceBusinessKey=" + reportNumber)
        .getBody()).extracting(t -> t.get("name")).containsExactly("派员出动");

    ResponseEntity<Map<String, Object>> refused = songlin.post("/process-definition/key/street-discovery/start",
        Map.of("variables", wrap(with(variables, Map.of("place", "nowhere-town", "urgency", "soon")))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("发现报告有误", "nowhere-town", "紧急程度");
  }

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

  private static Map<String, Object> goodReport() {
    return Map.of("channel", "hotline", "place", "qingshan-songlin", "locationDetail", "松林镇汽车站候车厅门口",
        "situation", "一名老人在候车厅外过夜，衣着单薄", "urgency", "urgent", "weatherWarning", "blue");
  }

  private ResponseEntity<Map<String, Object>> report(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange("/api/reports", HttpMethod.POST,
        new HttpEntity<>(body), OBJECT);
  }

  @SuppressWarnings("unchecked")
  private void assertRefused(Map<String, Object> body, String... fields) {
    ResponseEntity<Map<String, Object>> response = report(HOTLINE_APP, body);
    assertThat(response.getStatusCode()).as("%s", body.keySet()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(fields);
    assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).containsPattern("\\p{IsHan}"));
  }

  private long reportCount() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(StreetDiscoveryVariables.PROCESS_KEY).count();
  }

  private static HttpEntity<String> json(String text) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(text, headers);
  }

  private static Map<String, Object> wrap(Map<String, Object> variables) {
    Map<String, Object> wrapped = new HashMap<>();
    variables.forEach((name, value) -> wrapped.put(name, Map.of("value", value)));
    return wrapped;
  }

  private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
    Map<String, Object> all = new HashMap<>(base);
    all.putAll(more);
    return all;
  }

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
