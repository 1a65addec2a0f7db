package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One whole case through the running application, the way a caseworker of 青山县 works it over the REST API that
 * Tasklist uses: walk-in, registration, screening, assessment, care and identity tracing, return home with a ticket,
 * departure registration. The real called processes run; the job executor runs the asynchronous steps.
 */
@RescueApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class WholeCaseIT {

  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CaseFiles caseFiles;
  @Autowired CaseRecords caseRecords;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aWalkInIsIdentifiedAndReturnsHomeWithATicket(CapturedOutput log) {
    RestClient caseworker = RestClient.as(http, QINGSHAN_CASEWORKER);
    String idNumber = FictionalPeople.idNumber("19860606");
    ResponseEntity<Map<String, Object>> started = caseworker.startRescueCase(Map.of("arrivalChannel", "walk-in"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = (String) started.getBody().get("id");
    String caseNumber = (String) started.getBody().get("businessKey");

    String registration = nextTask(caseworker, caseNumber, "接待登记");
    ResponseEntity<Map<String, Object>> wrongId = caseworker.submitForm(registration, Map.of("age", 40,
        "person_name", FictionalPeople.NAME, "person_idNumber", idNumber.substring(0, 17) + wrongCheck(idNumber)));
    assertThat(wrongId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) wrongId.getBody().get("message")).contains("身份证号码");
    assertThat(nextTask(caseworker, caseNumber, "接待登记")).isEqualTo(registration);

    submit(caseworker, registration, Map.of("sex", "male", "age", 40, "consentToHelp", true,
        "person_name", FictionalPeople.NAME, "person_idNumber", idNumber, "person_hardship", "务工返乡途中钱物被盗。"));
    submit(caseworker, nextTask(caseworker, caseNumber, "安检与检视"),
        Map.of("securityCheckDone", true, "healthFinding", "none", "behaviourFinding", "none"));
    submit(caseworker, nextTask(caseworker, caseNumber, "甄别评估"), Map.of("cannotPayFoodLodging", "yes",
        "noRelativesToTurnTo", "yes", "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes",
        "refusesTruthfulInformation", false, "domesticViolence", false, "otherSchemeNeed", "none"));

    assertThat(RestClient.as(http, LINJIANG_CASEWORKER).list("/task?processInstanceBusinessKey=" + caseNumber)
        .getBody()).isEmpty();
    submit(caseworker, nextTask(caseworker, caseNumber, "比对指纹人脸"), Map.of(
        "biometricQueryDate", "2026-11-28T10:00:00.000+0800", "biometricQueryReference", "QX-DEMO-001",
        "biometricComparisons", RestClient.json("[\"fingerprint\",\"face\"]"),
        "biometricMatch", "matched", "suspectedMissing", "no"));
    submit(caseworker, nextTask(caseworker, caseNumber, "核实身份"), Map.of("identityVerification", "family",
        "identityConfirmed", "yes", "person_name", FictionalPeople.NAME, "person_householdPlace", "演示省演示县"));
    submit(caseworker, nextTask(caseworker, caseNumber, "站内照料"), Map.of("careDecision", "return-home"));

    submit(caseworker, nextTask(caseworker, caseNumber, "选择返回方式"), Map.of("returnMode", "self-return"));
    submit(caseworker, nextTask(caseworker, caseNumber, "购买车票"), Map.of("ticketDestination", "演示县汽车站",
        "travelMode", "bus", "ticketNumber", "DEMO-0001", "departureTime", "2026-11-29T08:00:00.000+0800",
        "directLine", true));
    submit(caseworker, nextTask(caseworker, caseNumber, "离站登记"),
        Map.of("servicesProvided", "食宿、寻亲、购票返乡", "belongingsReturned", true));

    assertThat(activeActivities(caseId)).contains("CallActivity_ReturnFollowUp");
    assertThat(caseRecords.typesOf(caseNumber))
        .contains(CaseRecordType.TICKET_RECEIPT, CaseRecordType.DEPARTURE_REGISTRATION);
    assertThat(caseFiles.person(caseNumber)).containsEntry("idNumber", idNumber);
    assertThat(engineRowsContaining(caseNumber)).as("the search finds what is there").isNotEmpty();
    assertThat(engineRowsContaining(FictionalPeople.NAME)).isEmpty();
    assertThat(engineRowsContaining(idNumber)).isEmpty();
    assertThat(log.getAll()).as("log output").doesNotContain(FictionalPeople.NAME).doesNotContain(idNumber);
  }

  /** The id of the open task of the case with this name, once the job executor has brought the case there. */
  private String nextTask(RestClient caseworker, String caseNumber, String taskName) {
    Instant giveUp = Instant.now().plus(JOB_EXECUTOR_PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      List<Map<String, Object>> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskName(taskName).list().stream().map(t -> Map.<String, Object>of("id", t.getId())).toList();
      if (!tasks.isEmpty()) {
        String taskId = (String) tasks.get(0).get("id");
        assertThat(caseworker.get("/task/" + taskId).getStatusCode()).as("caseworker sees %s", taskName)
            .isEqualTo(HttpStatus.OK);
        return taskId;
      }
      pause();
    }
    throw new AssertionError("no task " + taskName + " for case " + caseNumber + " within " + JOB_EXECUTOR_PATIENCE);
  }

  private static void submit(RestClient caseworker, String taskId, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> response = caseworker.submitForm(taskId, variables);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("submit %s: %s", taskId, response.getBody()).isTrue();
  }

  private List<String> activeActivities(String processInstanceId) {
    return engine.getRuntimeService().getActiveActivityIds(processInstanceId);
  }

  /** Every engine table (ACT_*) searched for a text in any of its character columns. */
  private List<String> engineRowsContaining(String text) {
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
        + " WHERE TABLE_NAME LIKE 'ACT\\_%' ESCAPE '\\' AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT')");
    return columns.stream()
        .filter(c -> jdbc.queryForObject("SELECT COUNT(*) FROM " + c.get("TABLE_NAME") + " WHERE CAST("
            + c.get("COLUMN_NAME") + " AS VARCHAR) LIKE ?", Integer.class, "%" + text + "%") > 0)
        .map(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME"))
        .toList();
  }

  private static char wrongCheck(String idNumber) {
    return idNumber.charAt(17) == '0' ? '1' : '0';
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
