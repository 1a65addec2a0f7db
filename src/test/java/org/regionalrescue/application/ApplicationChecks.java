package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.ADMIN;
import static org.regionalrescue.support.DemoUsers.BAISHA_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.CENTER_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.CENTER_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.POLICY_STAFF;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_SUPERVISOR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.regionalrescue.organisation.SystemGroup;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** What must hold for the running application on every supported database. */
abstract class ApplicationChecks {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CamundaBpmProperties camunda;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyModelAndFormOfTheProjectIsDeployed() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> deployed = repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(name -> Path.of(name).getFileName().toString())
        .collect(Collectors.toSet());

    assertThat(filesUnder("processes", ".bpmn", ".dmn")).isNotEmpty().allMatch(deployed::contains);
    assertThat(filesUnder("forms", ".form")).isNotEmpty().allMatch(deployed::contains);
  }

  @Test
  void theRestApiRefusesAnonymousCallsAndWrongPasswords() {
    for (String path : List.of("/process-definition", "/task", "/user", "/deployment", "/engine")) {
      assertThat(http.getForEntity("/engine-rest" + path, String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // a user no other check logs in with: the engine delays further logins after a wrong password
    ResponseEntity<?> wrongPassword = http.withBasicAuth(BAISHA_CASEWORKER, "not-the-password")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDemoUserIsAcceptedAndStartsACaseForTheirAgency() {
    RestClient qingshan = RestClient.as(http, QINGSHAN_CASEWORKER);
    assertThat(qingshan.list("/process-definition?key=rescue-case").getBody()).hasSize(1);

    ResponseEntity<Map<String, Object>> started = qingshan.startRescueCase(Map.of());

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).startsWith("qingshan-");
  }

  @Test
  void aCaseworkerSeesAndWorksOnlyTheTasksOfTheirOwnAgency() {
    String instanceId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).startRescueCase(Map.of()).getBody().get("id");
    String tasksOfCase = "/task?processInstanceId=" + instanceId;

    List<Map<String, Object>> qingshanTasks = RestClient.as(http, QINGSHAN_CASEWORKER).list(tasksOfCase).getBody();
    assertThat(qingshanTasks).extracting(t -> t.get("name")).containsExactly("接待登记");
    assertThat(RestClient.as(http, LINJIANG_CASEWORKER).list(tasksOfCase).getBody()).isEmpty();
    assertThat(RestClient.as(http, POLICY_STAFF).list(tasksOfCase).getBody()).isEmpty();

    String taskId = (String) qingshanTasks.get(0).get("id");
    ResponseEntity<Map<String, Object>> foreignCompletion =
        RestClient.as(http, LINJIANG_CASEWORKER).post("/task/" + taskId + "/complete", Map.of());
    assertThat(foreignCompletion.getStatusCode().is4xxClientError()).isTrue();
    assertThat(RestClient.as(http, ADMIN).get("/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCaseIsVisibleToItsAgencyAndToItsRegionalCentersSupervisorsOnly() {
    String caseId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).startRescueCase(Map.of()).getBody().get("id");

    for (String reader : List.of(QINGSHAN_CASEWORKER, QINGSHAN_SUPERVISOR, CENTER_SUPERVISOR)) {
      assertThat(RestClient.as(http, reader).get("/process-instance/" + caseId).getStatusCode()).as(reader)
          .isEqualTo(HttpStatus.OK);
      assertThat(RestClient.as(http, reader).get("/history/process-instance/" + caseId).getStatusCode()).as(reader)
          .isEqualTo(HttpStatus.OK);
    }
    for (String outsider : List.of(LINJIANG_CASEWORKER, CENTER_CASEWORKER, POLICY_STAFF)) {
      assertThat(RestClient.as(http, outsider).get("/process-instance/" + caseId).getStatusCode()).as(outsider)
          .isNotEqualTo(HttpStatus.OK);
      assertThat(RestClient.as(http, outsider).get("/history/process-instance/" + caseId).getStatusCode())
          .as(outsider).isNotEqualTo(HttpStatus.OK);
      assertThat(RestClient.as(http, outsider).list("/process-instance?processInstanceIds=" + caseId).getBody())
          .as(outsider).isEmpty();
    }
  }

  @Test
  void personalDataShowsMaskedAndIsReadInClearOnlyByTheCasesReadersWithAReasonAndEveryReadIsLogged() {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    Map<String, Object> started = caseworker.startRescueCase(Map.of()).getBody();
    String caseNumber = (String) started.get("businessKey");
    String taskId = (String) caseworker.list("/task?processInstanceId=" + started.get("id")).getBody().get(0).get("id");
    String idNumber = FictionalPeople.idNumber("19700707");
    assertThat(caseworker.submitForm(taskId, Map.of("age", 56, "person_name", FictionalPeople.NAME,
        "person_idNumber", idNumber)).getStatusCode().is2xxSuccessful()).isTrue();

    Map<String, Object> variables = caseworker.get("/process-instance/" + started.get("id") + "/variables").getBody();
    assertThat(variables.toString()).contains("测**", "990***********" + idNumber.substring(14))
        .doesNotContain(FictionalPeople.NAME, idNumber);

    String person = "/api/cases/" + caseNumber + "/person";
    ResponseEntity<String> read = http.withBasicAuth(QINGSHAN_CASEWORKER, "demo")
        .getForEntity(person + "?reason={r}", String.class, "核实身份");
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).contains(FictionalPeople.NAME, idNumber);
    assertThat(http.withBasicAuth(CENTER_SUPERVISOR, "demo").getForEntity(person + "?reason=督查", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> foreign = http.withBasicAuth(LINJIANG_CASEWORKER, "demo")
        .getForEntity(person + "?reason=好奇", String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody()).doesNotContain(FictionalPeople.NAME);
    assertThat(http.withBasicAuth(QINGSHAN_CASEWORKER, "demo").getForEntity(person, String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity(person + "?reason=x", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(jdbc.queryForList("SELECT user_id, granted FROM case_access_log WHERE case_number = ? ORDER BY id",
        caseNumber)).extracting(row -> row.get("user_id") + ":" + row.get("granted")).containsExactly(
        QINGSHAN_CASEWORKER + ":true", CENTER_SUPERVISOR + ":true", LINJIANG_CASEWORKER + ":false");
  }

  @Test
  void tasklistFiltersFollowTheRolesAndShowOnlyTheAgencysTasks() {
    RestClient qingshan = RestClient.as(http, QINGSHAN_CASEWORKER);
    RestClient linjiang = RestClient.as(http, LINJIANG_CASEWORKER);
    Map<String, String> qingshanFilters = filtersOf(qingshan);
    Map<String, String> linjiangFilters = filtersOf(linjiang);
    assertThat(qingshanFilters).containsOnlyKeys("我的待办", "本站待办", "即将超时", "已超时");
    assertThat(linjiangFilters).containsOnlyKeys("我的待办", "本站待办", "即将超时", "已超时");
    assertThat(qingshanFilters.get("本站待办")).isNotEqualTo(linjiangFilters.get("本站待办"));
    assertThat(qingshanFilters.get("我的待办")).isNotEqualTo(linjiangFilters.get("我的待办"));
    assertThat(filtersOf(RestClient.as(http, POLICY_STAFF))).isEmpty();

    String caseId = (String) qingshan.startRescueCase(Map.of()).getBody().get("id");
    String taskId = (String) qingshan.list("/task?processInstanceId=" + caseId).getBody().get(0).get("id");
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("本站待办"))).contains(taskId);
    assertThat(taskIdsIn(linjiang, linjiangFilters.get("本站待办"))).doesNotContain(taskId);
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("我的待办"))).doesNotContain(taskId);

    qingshan.post("/task/" + taskId + "/claim", Map.of("userId", QINGSHAN_CASEWORKER));
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("我的待办"))).contains(taskId);
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("本站待办"))).as("claimed tasks stay in the agency's list")
        .contains(taskId);

    setDue(qingshan, taskId, java.time.OffsetDateTime.now().plusHours(2));
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("即将超时"))).contains(taskId);
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("已超时"))).doesNotContain(taskId);
    setDue(qingshan, taskId, java.time.OffsetDateTime.now().minusHours(2));
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("已超时"))).contains(taskId);
    assertThat(taskIdsIn(qingshan, qingshanFilters.get("即将超时"))).doesNotContain(taskId);
    assertThat(taskIdsIn(linjiang, linjiangFilters.get("已超时"))).doesNotContain(taskId);
  }

  private static Map<String, String> filtersOf(RestClient user) {
    return user.list("/filter?resourceType=Task").getBody().stream()
        .collect(Collectors.toMap(f -> (String) f.get("name"), f -> (String) f.get("id")));
  }

  private static List<Object> taskIdsIn(RestClient user, String filterId) {
    return user.list("/filter/" + filterId + "/list").getBody().stream().map(t -> t.get("id")).toList();
  }

  private void setDue(RestClient user, String taskId, java.time.OffsetDateTime due) {
    Map<String, Object> current = user.get("/task/" + taskId).getBody();
    Map<String, Object> task = new java.util.HashMap<>();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "followUp")) {
      task.put(field, current.get(field));
    }
    task.put("due", due.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
    ResponseEntity<String> updated = http.withBasicAuth(QINGSHAN_CASEWORKER, "demo").exchange(
        "/engine-rest/task/" + taskId, HttpMethod.PUT, new HttpEntity<>(task), String.class);
    assertThat(updated.getStatusCode().is2xxSuccessful()).as("%s", updated.getBody()).isTrue();
  }

  @Test
  void aCaseRecordPrintsInChineseForTheStaffOfTheCasesAgencyOnly() {
    RestClient qingshan = RestClient.as(http, QINGSHAN_CASEWORKER);
    Map<String, Object> started = qingshan.startRescueCase(Map.of("arrivalChannel", "walk-in")).getBody();
    String caseNumber = (String) started.get("businessKey");
    String taskId = (String) qingshan.list("/task?processInstanceId=" + started.get("id")).getBody().get(0).get("id");
    assertThat(qingshan.submitForm(taskId, Map.of("sex", "female", "age", 30, "consentToHelp", true,
        "person_name", org.regionalrescue.support.FictionalPeople.NAME, "person_hardship", "钱物被盗。"))
        .getStatusCode().is2xxSuccessful()).isTrue();
    String registration = "/documents/" + caseNumber + "/REGISTRATION";

    ResponseEntity<String> printed = http.exchange(registration, HttpMethod.GET,
        new HttpEntity<>(tasklistSession(QINGSHAN_CASEWORKER, "demo").jsonHeaders()), String.class);
    assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(printed.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(printed.getBody()).contains("求助登记表", "青山县救助管理站", caseNumber,
        org.regionalrescue.support.FictionalPeople.NAME, "主动求助", "女", "打印");

    assertThat(http.exchange(registration, HttpMethod.GET,
        new HttpEntity<>(tasklistSession(LINJIANG_CASEWORKER, "demo").jsonHeaders()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(registration, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(LINJIANG_CASEWORKER, "demo").getForEntity(registration, String.class)
        .getStatusCode()).as("the REST API's login does not open documents").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.exchange("/documents/" + caseNumber + "/REFUSAL_NOTICE", HttpMethod.GET,
        new HttpEntity<>(tasklistSession(QINGSHAN_CASEWORKER, "demo").jsonHeaders()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theNextTaskListsTheCaseRecordsForTasklistsDocumentsTab() {
    RestClient qingshan = RestClient.as(http, QINGSHAN_CASEWORKER);
    Map<String, Object> started = qingshan.startRescueCase(Map.of("arrivalChannel", "walk-in")).getBody();
    String caseNumber = (String) started.get("businessKey");
    String tasks = "/task?processInstanceId=" + started.get("id");
    String registration = (String) qingshan.list(tasks).getBody().get(0).get("id");
    String forRegistration = "/documents/task/" + registration;
    HttpEntity<Void> qingshanSession = new HttpEntity<>(tasklistSession(QINGSHAN_CASEWORKER, "demo").jsonHeaders());
    assertThat(http.exchange(forRegistration, HttpMethod.GET, qingshanSession, String.class).getBody())
        .as("nothing issued yet").contains("\"caseNumber\":\"" + caseNumber + "\"", "\"documents\":[]");
    qingshan.submitForm(registration, Map.of("sex", "male", "age", 40, "consentToHelp", true,
        "person_name", org.regionalrescue.support.FictionalPeople.NAME, "person_hardship", "钱物被盗。"));
    String screening = "/documents/task/" + qingshan.list(tasks).getBody().get(0).get("id");

    ResponseEntity<String> listed = http.exchange(screening, HttpMethod.GET, qingshanSession, String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).contains("\"title\":\"求助登记表\"",
        "\"href\":\"/documents/" + caseNumber + "/REGISTRATION\"");
    ResponseEntity<String> index = http.exchange("/documents/" + caseNumber, HttpMethod.GET, qingshanSession,
        String.class);
    assertThat(index.getBody()).contains("个案文书", "<a href=\"/documents/" + caseNumber + "/REGISTRATION\">求助登记表</a>");

    HttpEntity<Void> linjiangSession = new HttpEntity<>(tasklistSession(LINJIANG_CASEWORKER, "demo").jsonHeaders());
    ResponseEntity<String> otherCounty = http.exchange(screening, HttpMethod.GET, linjiangSession, String.class);
    assertThat(otherCounty.getStatusCode()).as("another county does not see the task").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherCounty.getBody()).contains("没有这个任务").doesNotContain(caseNumber);
    assertThat(http.exchange("/documents/" + caseNumber, HttpMethod.GET, linjiangSession, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(screening, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebappsLabelsAreChineseWithEnglishWhereNotYetTranslated() {
    ResponseEntity<String> cockpit = http.getForEntity("/camunda/app/cockpit/locales/zh.json", String.class);

    assertThat(cockpit.getStatusCode()).as("the login page needs them before anyone logs in").isEqualTo(HttpStatus.OK);
    assertThat(cockpit.getBody()).contains("\"BATCHES_TITLE_BATCHES\":\"批量操作\"", "\"dateLocales\"",
        "\"BATCHES_DELETE_BTN_CONFIRM\":\"Delete Batch\"");
    assertThat(http.getForEntity("/camunda/app/nowhere/locales/zh.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCaseForAnUnknownAgencyIsRefusedWithAClearMessage() {
    ResponseEntity<Map<String, Object>> refused =
        RestClient.as(http, QINGSHAN_CASEWORKER).startRescueCase(Map.of("caseAgency", "atlantis"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("未知的机构代码");
  }

  @Test
  void tasklistShowsTheReasonWhenAFormIsRefused() {
    String caseId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).startRescueCase(Map.of()).getBody().get("id");
    String taskId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).list("/task?processInstanceId=" + caseId)
        .getBody().get(0).get("id");
    WebappSession tasklist = tasklistSession(QINGSHAN_CASEWORKER, "demo");

    ResponseEntity<String> refused = http.exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>("{\"variables\":{\"age\":{\"value\":\"not a number\"}}}",
            tasklist.jsonHeaders()), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("请填写有效的年龄").doesNotContain("ENGINE-");
    assertThat(RestClient.as(http, QINGSHAN_CASEWORKER).get("/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void expressionsInTaskQueriesAreRefusedEvenInsideOrQueries() {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    String evil = "${identityService.createUserQuery().list()}";
    List<ResponseEntity<?>> attempts = List.of(
        http.withBasicAuth(QINGSHAN_CASEWORKER, "demo").getForEntity("/engine-rest/task?assigneeExpression={e}",
            String.class, evil),
        caseworker.post("/task", Map.of("orQueries", List.of(Map.of("candidateGroupsExpression", evil)))),
        caseworker.post("/task/count", Map.of("orQueries", List.of(Map.of("assigneeExpression", "#{currentUser()}")))),
        caseworker.post("/filter/create", Map.of("resourceType", "Task", "name", "x",
            "query", Map.of("assigneeExpression", evil))));
    for (ResponseEntity<?> attempt : attempts) {
      assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(attempt.getBody().toString()).contains("不允许使用表达式");
    }
    assertThat(http.withBasicAuth(QINGSHAN_CASEWORKER, "demo").postForEntity("/engine-rest/task",
        Map.of("orQueries", List.of(Map.of("assignee", "nobody"))), String.class).getStatusCode())
        .as("a query without expressions still works").isEqualTo(HttpStatus.OK);
  }

  @Test
  void healthIsOpenAndNothingElseOfTheActuatorIs() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator", "/some/other/path")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode().is2xxSuccessful()).as(path).isFalse();
    }
  }

  @Test
  void theAdminSetupEndpointIsClosedAndAnAdministratorExists() {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    String attacker = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder1\"}}";
    ResponseEntity<String> setup = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
        new HttpEntity<>(attacker, json), String.class);

    assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup(SystemGroup.CAMUNDA_ADMIN).count()).isPositive();
  }

  @Test
  void theWebappsRefuseChangesWithoutTheirCsrfToken() {
    WebappSession session = tasklistSession(QINGSHAN_CASEWORKER, "demo");
    HttpHeaders withoutToken = session.jsonHeaders();
    withoutToken.remove("X-XSRF-TOKEN");

    ResponseEntity<String> forged = http.exchange("/camunda/api/engine/engine/default/task/create", HttpMethod.POST,
        new HttpEntity<>("{\"name\":\"forged\"}", withoutToken), String.class);

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskName("forged").count()).isZero();
  }

  @Test
  void repeatedWrongPasswordsSlowDownLoginEvenWithTheRightOne() {
    // a user no other check logs in with
    String user = "songlin.caseworker";
    assertThat(http.withBasicAuth(user, "wrong").getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .as("right password right after a wrong one: still refused while the delay runs")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebappsLogInWithCamundasOwnLogin() {
    assertThat(tasklistSession(QINGSHAN_CASEWORKER, "demo").login().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklistSession(CENTER_CASEWORKER, "wrong").login().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A browser session of Tasklist: its cookies and CSRF token, and the answer to its login. */
  record WebappSession(String cookies, String csrfToken, ResponseEntity<String> login) {
    HttpHeaders jsonHeaders() {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.set("X-XSRF-TOKEN", csrfToken);
      headers.set(HttpHeaders.COOKIE, cookies);
      return headers;
    }
  }

  @Test
  void theEngineRunsWithAuthorizationsAndWithoutJavaSerialization() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isEnablePasswordPolicy()).as("off only in the demo profile").isFalse();
    assertThat(configuration.isEnableHistoricInstancePermissions()).isTrue();
    // the webapps re-read a user's groups and rights after a minute, not after Camunda's default five
    assertThat(camunda.getWebapp().getAuth().getCache().isTtlEnabled()).isTrue();
    assertThat(camunda.getWebapp().getAuth().getCache().getTimeToLive()).isEqualTo(60_000L);
  }

  /** Every completion asks for the task's subtasks: with many open cases that needs an index Camunda lacks. */
  @Test
  void subtasksAreFoundByAnIndex() {
    List<String> indexedColumns = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
      DatabaseMetaData metaData = connection.getMetaData();
      List<String> columns = new ArrayList<>();
      try (ResultSet indexes = metaData.getIndexInfo(null, null,
          metaData.storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK", false, false)) {
        while (indexes.next()) {
          columns.add(String.valueOf(indexes.getString("COLUMN_NAME")).toUpperCase(Locale.ROOT));
        }
      }
      return columns;
    });
    assertThat(indexedColumns).contains("PARENT_TASK_ID_");
  }

  @Test
  void aTaskClaimedByAnotherIsAConflictWithAChineseMessageNotAServerError() {
    String instanceId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).startRescueCase(Map.of()).getBody().get("id");
    String taskId = (String) RestClient.as(http, QINGSHAN_CASEWORKER).list("/task?processInstanceId=" + instanceId)
        .getBody().get(0).get("id");
    assertThat(RestClient.as(http, QINGSHAN_CASEWORKER).post("/task/" + taskId + "/claim",
        Map.of("userId", QINGSHAN_CASEWORKER)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> second =
        RestClient.as(http, ADMIN).post("/task/" + taskId + "/claim", Map.of("userId", ADMIN));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("message")).contains("已由其他工作人员认领");
    assertThat(RestClient.as(http, ADMIN).get("/task/" + taskId).getBody().get("assignee"))
        .isEqualTo(QINGSHAN_CASEWORKER);
  }

  /** Logs in as Tasklist's login page does: the page's session and CSRF token, then the login form. */
  private WebappSession tasklistSession(String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", csrfToken);
    headers.set(HttpHeaders.COOKIE, cookies);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    // the login starts a new session; its first request hands out the session's CSRF token, as Tasklist's does
    String sessionCookies = String.join("; ", login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList());
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, sessionCookies);
    ResponseEntity<String> engines = http.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
        new HttpEntity<>(session), String.class);
    return new WebappSession(sessionCookies, engines.getHeaders().getFirst("X-XSRF-TOKEN"), login);
  }

  private static List<String> filesUnder(String directory, String... suffixes) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(directory))) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith))
          .toList();
    }
  }
}
