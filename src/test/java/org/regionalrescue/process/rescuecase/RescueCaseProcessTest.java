package org.regionalrescue.process.rescuecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.PROCESS_KEY;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/rescue-case.bpmn",
    "forms/rescue-registration.form",
    "forms/rescue-eligibility-assessment.form"})
class RescueCaseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-02T09:30:00+08:00").toInstant()));
  }

  @AfterEach
  void reset() {
    processEngine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void walkInIsRegisteredThenAssessedByTheCaseworkersOfTheAgencyThatOpenedIt() {
    ProcessInstance rescueCase = startAs("qingshan.caseworker", Map.of());

    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
    assertThat(rescueCase.getBusinessKey()).matches("qingshan-20260302-\\d{4}");
    assertThat(rescueCase).variables().containsEntry(CASE_AGENCY, "qingshan")
        .containsEntry(RescueCaseVariables.CASE_NUMBER, rescueCase.getBusinessKey());
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"rescue-registration\"");

    complete(task(), withVariables("arrivalChannel", "walk-in", "sex", "female", "estimatedAge", 67,
        "consentToHelp", true));
    assertThat(rescueCase).isWaitingAt("Task_AssessEligibility");
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"rescue-eligibility-assessment\"");

    complete(task(), withVariables("cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes",
        "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes"));
    assertThat(rescueCase).isEnded().hasPassed("EndEvent_AssessmentDone");
  }

  @Test
  void anotherProcessOpensACaseForTheAgencyItNames() {
    ProcessInstance rescueCase = startAs(null, Map.of(CASE_AGENCY, "linjiang"));

    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
    assertThat(rescueCase.getBusinessKey()).startsWith("linjiang-20260302-");
    assertThat(task()).hasCandidateGroup("linjiang-caseworker");
  }

  @Test
  void caseNumbersCountUpWithinADayAndRestartTheNextDay() {
    String first = startAs(null, Map.of(CASE_AGENCY, "baisha")).getBusinessKey();
    String second = startAs(null, Map.of(CASE_AGENCY, "baisha")).getBusinessKey();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-03T00:10:00+08:00").toInstant()));
    String nextDay = startAs(null, Map.of(CASE_AGENCY, "baisha")).getBusinessKey();

    int firstSequence = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    assertThat(second).isEqualTo("baisha-20260302-%04d".formatted(firstSequence + 1));
    assertThat(nextDay).isEqualTo("baisha-20260303-0001");
  }

  @Test
  void theCaseDateIsTheDateInChina() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-04T23:30:00Z").toInstant()));
    assertThat(startAs(null, Map.of(CASE_AGENCY, "qingshan-songlin")).getBusinessKey())
        .startsWith("qingshan-songlin-20260305-");
  }

  @Test
  void aCaseWithoutAgencyOrCaseworkerIsRefusedAndNothingIsCreated() {
    assertRefused(null, Map.of(), "caseAgency");
  }

  @Test
  void anUnknownAgencyIsRefused() {
    assertRefused(null, Map.of(CASE_AGENCY, "atlantis"), "未知的机构代码");
  }

  @Test
  void aCaseworkerCannotOpenACaseForAnotherAgency() {
    assertRefused("linjiang.caseworker", Map.of(CASE_AGENCY, "qingshan"), "不属于机构");
  }

  @Test
  void aUserWithoutAnAgencyMustNameOne() {
    assertRefused("policy.staff", Map.of(), "无法确定用户");
  }

  @Test
  void anAgencyGivenAsANumberIsRefused() {
    assertRefused(null, Map.of(CASE_AGENCY, 42), "应为文本");
  }

  private void assertRefused(String userId, Map<String, Object> variables, String messagePart) {
    long before = processEngine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> startAs(userId, variables))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(messagePart);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  private String deployedFormOf(Task task) {
    try (InputStream form = processEngine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessInstance startAs(String userId, Map<String, Object> variables) {
    processEngine.getIdentityService().setAuthenticatedUserId(userId);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }
}
