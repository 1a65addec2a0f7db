package org.regionalrescue.process.returnfollowup;

import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.*;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.Activities;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FollowUpOutcome;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.LivingSituation;
import org.regionalrescue.support.ApplicationConfiguration;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/return-follow-up.bpmn",
    "forms/followup-visit.form",
    "forms/followup-source-governance.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class ReturnFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String CASEWORKERS = "qingshan-caseworker";
  private static final String SUPERVISORS = "qingshan-supervisor";
  /** Monday 2 March 2026: the first visit (30 days) falls on Wednesday 1 April, just before 清明 (04-04..04-06). */
  private static final ZonedDateTime RETURNED = ZonedDateTime.parse("2026-03-02T09:30:00+08:00");

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("prepareFollowUpListener", new PrepareFollowUpListener(EngineTestSupport.organisation()));
    EngineTestSupport.register("checkFollowUpVisitListener", new CheckFollowUpVisitListener());
    EngineTestSupport.register("followUpSchedule",
        new FollowUpSchedule(ApplicationConfiguration.bind("rescue.follow-up", FollowUpSettings.class)));
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(RETURNED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theCasesAgencyVisitsAfterOneThreeAndSixMonthsAndALateVisitIsChasedAndARiskGoesToTheGridWorker() {
    String caseNumber = openCase();
    ProcessInstance followUp = start(caseNumber, Map.of());
    assertThat(followUp).variables().containsEntry(HOME_AGENCY, AGENCY).containsEntry(GRID_AGENCY, AGENCY);

    // 1 month: the visit falls due after 30 days and is to be made within 5 working days, across 清明
    assertThat(timer(followUp, Activities.VISIT_DUE).getDuedate()).isEqualTo(at("2026-04-01T09:30:00+08:00"));
    fireTimer(followUp, Activities.VISIT_DUE, "2026-04-01T09:30:00+08:00");
    Task visit = task(followUp, Activities.VISIT_RETURNEE);
    assertThat(visit).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(visit)).contains("\"id\": \"followup-visit\"");
    assertThat(visit.getDueDate()).isEqualTo(at("2026-04-09T09:30:00+08:00"));
    fireTimer(followUp, "Timer_VisitOverdue", "2026-04-09T09:30:00+08:00");
    Task supervise = task(followUp, Activities.SUPERVISE_VISIT);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：回访超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促乡镇当周回访"));

    assertRefused(visit, visitAnswers(LivingSituation.LEFT_AGAIN, false), "有再次流浪乞讨风险");
    assertRefused(visit, Map.of(VISIT_MODE, "letter"), "回访方式");
    assertRefused(visit, Map.of(VISIT_MODE, "phone", LIVING_SITUATION, "fine"), "生活情况");
    complete(visit, visitAnswers(LivingSituation.DIFFICULTIES, true));
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "血压偏高");

    Task governance = task(followUp, Activities.SOURCE_GOVERNANCE);
    assertThat(governance).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(governance)).contains("\"id\": \"followup-source-governance\"");
    complete(governance, Map.of(
        RISK_FACTORS, SpinValues.jsonValue("[\"no-income\",\"family-conflict\"]").create(),
        GOVERNANCE_ACTIONS, SpinValues.jsonValue("[\"grid-key-attention\",\"welfare-application\"]").create(),
        GRID_WORKER, "网格员（测试）", GOVERNANCE_NOTE, "已纳入网格重点关注，协助申请临时救助"));
    assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), FOLLOW_UP_OUTCOME))
        .isEqualTo(FollowUpOutcome.AT_RISK);

    // 3 months: a new visit, whose form starts empty
    fireTimer(followUp, Activities.VISIT_DUE, "2026-05-31T09:30:00+08:00");
    assertThat(processEngine.getTaskService().getVariables(task(followUp, Activities.VISIT_RETURNEE).getId()))
        .containsEntry(VISIT_AFTER, "P90D").containsEntry(RISK_OF_DRIFTING, null).containsEntry(VISIT_NOTE, null);
    complete(task(followUp, Activities.VISIT_RETURNEE), visitAnswers(LivingSituation.STABLE, false));
    assertThat(followUp).isWaitingAt(Activities.VISIT_DUE);

    // 6 months: the last visit; the person is settled
    fireTimer(followUp, Activities.VISIT_DUE, "2026-08-29T09:30:00+08:00");
    complete(task(followUp, Activities.VISIT_RETURNEE), visitAnswers(LivingSituation.STABLE, false));

    assertThat(followUp).isEnded().hasPassed("End_FollowUpCompleted", "End_VisitSupervised");
    assertThat(outcomeOf(followUp)).isEqualTo(FollowUpOutcome.STABLE);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.FOLLOW_UP_VISIT,
        CaseRecordType.SOURCE_GOVERNANCE, CaseRecordType.FOLLOW_UP_VISIT, CaseRecordType.FOLLOW_UP_VISIT);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.FOLLOW_UP_VISIT))
        .containsEntry("title", "回访记录").containsEntry(VISIT_AFTER, "P30D").containsEntry(RISK_OF_DRIFTING, true)
        .containsEntry(LIVING_SITUATION, LivingSituation.DIFFICULTIES);
    // every visit's answers stay in history, one set per visit
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(followUp.getId()).variableName(LIVING_SITUATION).count()).isEqualTo(3);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(followUp.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
  }

  @Test
  void theHomeVillageVisitsAndAPersonWhoMovedAwayIsNotVisitedAgain() {
    ProcessInstance followUp = start(openCase(), Map.of(HOME_AGENCY, "qingshan-songlin-village"));
    assertThat(followUp).variables().containsEntry(GRID_AGENCY, "qingshan-songlin-village");

    fireTimer(followUp, Activities.VISIT_DUE, "2026-04-01T09:30:00+08:00");
    Task visit = task(followUp, Activities.VISIT_RETURNEE);
    assertThat(visit).hasCandidateGroup("qingshan-songlin-village-caseworker");
    complete(visit, visitAnswers(LivingSituation.MOVED_AWAY, false));

    assertThat(followUp).isEnded().hasPassed("End_FollowUpCompleted").hasNotPassed(Activities.SOURCE_GOVERNANCE);
    assertThat(outcomeOf(followUp)).isEqualTo(FollowUpOutcome.MOVED_AWAY);
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(followUp.getId()).activityId(Activities.VISIT_RETURNEE).count()).isOne();
  }

  @Test
  void aTownshipVisitsAndItsVillagesGridWorkerActsOnARisk() {
    ProcessInstance followUp = start(openCase(), Map.of(HOME_AGENCY, "linjiang-jiangkou",
        GRID_AGENCY, "linjiang-jiangkou-village"));

    fireTimer(followUp, Activities.VISIT_DUE, "2026-04-01T09:30:00+08:00");
    Task visit = task(followUp, Activities.VISIT_RETURNEE);
    assertThat(visit).hasCandidateGroup("linjiang-jiangkou-caseworker");
    complete(visit, visitAnswers(LivingSituation.LEFT_AGAIN, true));

    assertThat(task(followUp, Activities.SOURCE_GOVERNANCE)).hasCandidateGroup("linjiang-jiangkou-village-caseworker");
    assertThat(processEngine.getRuntimeService().getVariable(followUp.getId(), FOLLOW_UP_OUTCOME))
        .isEqualTo(FollowUpOutcome.AT_RISK);
  }

  @Test
  void anAgencyUnknownToTheOrganisationIsRefusedAtTheStart() {
    String caseNumber = openCase();
    assertThatThrownBy(() -> start(caseNumber, Map.of(HOME_AGENCY, "nowhere-township")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("nowhere-township");
    assertThatThrownBy(() -> start(caseNumber, Map.of(GRID_AGENCY, "nowhere-village")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("nowhere-village");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  // ---- steps

  private static Map<String, Object> visitAnswers(String situation, boolean atRisk) {
    Map<String, Object> form = new HashMap<>();
    form.put(VISIT_DATE, "2026-04-02");
    form.put(VISIT_MODE, "home-visit");
    form.put(LIVING_SITUATION, situation);
    form.put(NEEDS, SpinValues.jsonValue("[\"temporary-assistance\"]").create());
    form.put(RISK_OF_DRIFTING, atRisk);
    form.put(RELATIVES_EDUCATED, true);
    form.put(VISIT_NOTE, "入户走访，了解生活情况");
    form.put(PersonalFields.HEALTH_NOTES, "血压偏高");
    return form;
  }

  // ---- engine helpers

  private static String openCase() {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, RETURNED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
    variables.putAll(more);
    ProcessInstance followUp =
        processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables);
    assertThat(followUp).isWaitingAt(Activities.VISIT_DUE);
    return followUp;
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private Object outcomeOf(ProcessInstance instance) {
    HistoricVariableInstance outcome = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(FOLLOW_UP_OUTCOME).singleResult();
    assertThat(outcome).isNotNull();
    return outcome.getValue();
  }

}
