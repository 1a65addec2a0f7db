package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.CENTER_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.HOTLINE_APP;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.SONGLIN_CASEWORKER;

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
 * {@code POST /api/reports} in the running application: the reporting app's good report starts street-discovery at
 * the station of the place, a repeated one is not reported twice, a bad one is refused field by field and leaves
 * nothing behind, and only the reporting apps may call it. Caseworkers report from Tasklist through the engine's API.
 */
@RescueApplicationTest
class StreetReportApiIT {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

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
}
