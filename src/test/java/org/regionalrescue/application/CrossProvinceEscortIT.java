package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.ADMIN;
import static org.regionalrescue.support.DemoUsers.CENTER_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.CENTER_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.process.escort.EscortLegMessages;
import org.regionalrescue.process.escort.EscortLegMessages.Confirmation;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A cross-province escort through the running application, worked over the REST API that Tasklist uses by the demo
 * users of two agencies: 青山县 admits the person, decides on a return and plans the escort; the regional center
 * (东湖市) approves it, receives the first leg and, as the province's cross-province station, records the other
 * province's acceptance and signature for the second. The real processes run (rescue-case → return-home → escort ↔
 * escort-reception); the job executor runs the asynchronous steps and carries the messages between the instances.
 * A repeated confirmation changes nothing: one 护送交接表 per leg.
 */
@RescueApplicationTest
class CrossProvinceEscortIT {

  private static final Duration JOB_EXECUTOR_PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CaseRecords caseRecords;
  @Autowired EscortLegMessages escortLegMessages;

  @Test
  void qingshanEscortsAPersonToAnotherProvinceThroughTheRegionalCenter() {
    RestClient qingshan = RestClient.as(http, QINGSHAN_CASEWORKER);
    RestClient centerCaseworker = RestClient.as(http, CENTER_CASEWORKER);
    RestClient centerSupervisor = RestClient.as(http, CENTER_SUPERVISOR);

    // 青山县: admission, identity confirmed, decision to return; the person cannot travel alone: escort
    ResponseEntity<Map<String, Object>> started = qingshan.startRescueCase(Map.of("arrivalChannel", "walk-in"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = (String) started.getBody().get("id");
    String caseNumber = (String) started.getBody().get("businessKey");
    submit(qingshan, nextTask(qingshan, caseNumber, "接待登记"), Map.of("sex", "male", "age", 67,
        "consentToHelp", true, "person_name", FictionalPeople.NAME,
        "person_idNumber", FictionalPeople.idNumber("19590303"), "person_hardship", "外出务工滞留，无力返乡。"));
    submit(qingshan, nextTask(qingshan, caseNumber, "安检与检视"),
        Map.of("securityCheckDone", true, "healthFinding", "none", "behaviourFinding", "none"));
    submit(qingshan, nextTask(qingshan, caseNumber, "甄别评估"), Map.of("cannotPayFoodLodging", "yes",
        "noRelativesToTurnTo", "yes", "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes",
        "refusesTruthfulInformation", false, "domesticViolence", false, "otherSchemeNeed", "none"));
    submit(qingshan, nextTask(qingshan, caseNumber, "比对指纹人脸"), Map.of(
        "biometricQueryDate", "2026-11-28T10:00:00.000+0800", "biometricQueryReference", "QX-DEMO-201",
        "biometricComparisons", RestClient.json("[\"fingerprint\",\"face\"]"),
        "biometricMatch", "matched", "suspectedMissing", "no"));
    submit(qingshan, nextTask(qingshan, caseNumber, "核实身份"), Map.of("identityVerification", "family",
        "identityConfirmed", "yes", "person_name", FictionalPeople.NAME, "person_householdPlace", "西岭省西岭市"));
    submit(qingshan, nextTask(qingshan, caseNumber, "站内照料"), Map.of("careDecision", "return-home"));
    submit(qingshan, nextTask(qingshan, caseNumber, "选择返回方式"), Map.of("returnMode", "escort"));

    // the escort: planned by 青山县, approved by the regional center's supervisor
    submit(qingshan, nextTask(qingshan, caseNumber, "制定护送方案"), Map.of("destinationProvince", "other-province",
        "destinationName", "西岭省西岭市救助管理站", "routeDescription", "乘本站车辆至东湖市，再乘火车至西岭市。",
        "escortStaffCount", 2, "escortStaffRoles", "工作人员2名", "escortTransport", "train",
        "plannedDeparture", "2026-12-01T08:00:00.000+0800"));
    String approval = nextTask(centerSupervisor, caseNumber, "审批跨省护送");
    assertThat(visibleTaskNames(qingshan, caseNumber)).doesNotContain("审批跨省护送");
    submit(centerSupervisor, approval, Map.of("approvalDecision", "approved", "approvalNote", "同意跨省护送。"));

    // leg 1: 青山县 → 东湖市救助管理站（区域性中心）
    submit(centerCaseworker, nextTask(centerCaseworker, caseNumber, "决定是否接收"),
        Map.of("receptionDecision", "accepted"));
    assertThat(visibleTaskNames(RestClient.as(http, LINJIANG_CASEWORKER), caseNumber)).isEmpty();
    submit(qingshan, nextTask(qingshan, caseNumber, "执行本段护送"), Map.of("legProgress", "handed-over",
        "departedAt", "2026-12-01T08:00:00.000+0800"));
    submit(centerCaseworker, nextTask(centerCaseworker, caseNumber, "接收人员并签署交接表"), Map.of(
        "arrivedAt", "2026-12-01T11:00:00.000+0800", "receivedBy", "中心值班社工", "conditionOnArrival", "good",
        "belongingsHandedOver", true, "handoverSigned", true));

    // leg 2 starts: 东湖市 (the cross-province station) → 西岭省, notified by 江南省民政厅; the center records the
    // other province's answer. Meanwhile leg 1 is confirmed again, twice: nothing changes.
    String otherProvinceDecision = nextTask(centerCaseworker, caseNumber, "决定是否接收");
    String leg1 = caseNumber + "-L1";
    assertThat(escortLegMessages.confirmHandover(caseNumber, leg1, Map.of("receivedBy", "重复确认")))
        .isEqualTo(Confirmation.ALREADY_CONFIRMED);
    ResponseEntity<Map<String, Object>> duplicate = RestClient.as(http, ADMIN).post("/message", Map.of(
        "messageName", "EscortHandoverConfirmed", "processVariables", Map.of("legId", Map.of("value", leg1))));
    assertThat(duplicate.getStatusCode()).as("duplicate over REST: %s", duplicate.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(handoversOf(caseNumber)).isEqualTo(1);
    assertThat(nextTask(centerCaseworker, caseNumber, "决定是否接收")).isEqualTo(otherProvinceDecision);

    submit(centerCaseworker, otherProvinceDecision, Map.of("receptionDecision", "accepted",
        "notificationReference", "江南民函〔2026〕88号"));
    submit(centerCaseworker, nextTask(centerCaseworker, caseNumber, "执行本段护送"),
        Map.of("legProgress", "handed-over"));
    submit(centerCaseworker, nextTask(centerCaseworker, caseNumber, "接收人员并签署交接表"), Map.of(
        "arrivedAt", "2026-12-02T09:30:00.000+0800", "receivedBy", "西岭市救助管理站值班人员",
        "conditionOnArrival", "good", "belongingsHandedOver", true, "handoverSigned", true));

    // the escort is over, return-home is over: 青山县 registers the departure
    String departure = nextTask(qingshan, caseNumber, "离站登记");
    HistoricProcessInstance escort = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("escort").processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(escort.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(escort.getId())
        .variableName("escortOutcome").singleResult().getValue()).isEqualTo("escorted");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("escort-reception").processInstanceBusinessKey(caseNumber).completed().count())
        .isEqualTo(2);
    submit(qingshan, departure, Map.of("servicesProvided", "食宿、寻亲、跨省护送返乡", "belongingsReturned", true));
    assertThat(engine.getRuntimeService().getActiveActivityIds(caseId)).contains("CallActivity_ReturnFollowUp");

    // one 护送交接表 per leg, whatever was repeated
    assertThat(escortLegMessages.confirmHandover(caseNumber, caseNumber + "-L2", Map.of()))
        .isEqualTo(Confirmation.ALREADY_CONFIRMED);
    assertThat(handoversOf(caseNumber)).isEqualTo(2);
    assertThat(caseRecords.contentOf(caseNumber, CaseRecordType.ESCORT_HANDOVER))
        .containsEntry("legId", leg1).containsEntry("receivingAgency", "donghu-center")
        .containsEntry("receivedBy", "中心值班社工").containsEntry("costPayer", "sender");
  }

  /** The id of the open task of the case with this name, once the job executor has brought the case there. */
  private String nextTask(RestClient user, String caseNumber, String taskName) {
    Instant giveUp = Instant.now().plus(JOB_EXECUTOR_PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskName(taskName).list();
      if (!tasks.isEmpty()) {
        String taskId = tasks.get(0).getId();
        assertThat(user.get("/task/" + taskId).getStatusCode()).as("%s sees %s", user, taskName)
            .isEqualTo(HttpStatus.OK);
        return taskId;
      }
      pause();
    }
    throw new AssertionError("no task " + taskName + " for case " + caseNumber + " within " + JOB_EXECUTOR_PATIENCE);
  }

  private static List<Object> visibleTaskNames(RestClient user, String caseNumber) {
    return user.list("/task?processInstanceBusinessKey=" + caseNumber).getBody().stream()
        .map(task -> task.get("name")).toList();
  }

  private static void submit(RestClient user, String taskId, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> response = user.submitForm(taskId, variables);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("submit %s: %s", taskId, response.getBody()).isTrue();
  }

  private long handoversOf(String caseNumber) {
    return caseRecords.typesOf(caseNumber).stream().filter(CaseRecordType.ESCORT_HANDOVER::equals).count();
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
