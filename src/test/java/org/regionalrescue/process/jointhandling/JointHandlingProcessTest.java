package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.*;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.Activities;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.ChaseDecision;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.DepartmentAction;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.JointResult;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.support.EngineTestSupport;

/**
 * 协同会办 ({@code joint-handling}): the partner departments answer in parallel, each seeing only its own task; a late
 * one is chased, chased again or no longer waited for; the handling caseworker records the joint result that goes back
 * to the case; the departments come as a Java list, a JSON array or a comma-separated text, and anything else is
 * refused before anything starts.
 */
@Deployment(resources = {
    "processes/joint-handling.bpmn",
    "callers/joint-handling-caller.bpmn",
    "forms/joint-department-opinion.form",
    "forms/joint-chase-opinion.form",
    "forms/joint-record-minutes.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class JointHandlingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String POLICE = "donghu-police";
  private static final String HEALTH = "donghu-health";
  private static final String WOMEN = "donghu-women";
  private static final String HRSS = "donghu-hrss";
  /** Monday 2 March 2026, 09:00 in China. */
  private static final ZonedDateTime ASKED = ZonedDateTime.parse("2026-03-02T09:00:00+08:00");

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("prepareJointHandlingListener",
        new PrepareJointHandlingListener(new PartnerDepartments(EngineTestSupport.organisation())));
    EngineTestSupport.register("startDepartmentOpinionListener",
        new StartDepartmentOpinionListener(EngineTestSupport.organisation()));
    EngineTestSupport.register("checkDepartmentOpinionListener", new CheckDepartmentOpinionListener());
    EngineTestSupport.register("checkOpinionChaseListener", new CheckOpinionChaseListener());
    EngineTestSupport.register("checkJointMinutesListener", new CheckJointMinutesListener());
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(ASKED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theDepartmentsAnswerInParallelEachSeeingOnlyItsOwnTaskAndTheCaseworkerRecordsTheJointResult() {
    String caseNumber = openCase();
    ProcessInstance joint = start(caseNumber, List.of(POLICE, HEALTH, POLICE));
    assertThat(joint).variables().containsEntry(JOINT_DEPARTMENTS, List.of(POLICE, HEALTH))
        .containsEntry(JOINT_DEPARTMENT_NAMES, "东湖市公安局、东湖市卫生健康委员会")
        .containsEntry(HANDLING_AGENCY_NAME, "青山县救助管理站");
    ObjectValue stored = processEngine.getRuntimeService().getVariableTyped(joint.getId(), JOINT_DEPARTMENTS, false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");

    Task police = opinionTaskOf(joint, POLICE);
    Task health = opinionTaskOf(joint, HEALTH);
    assertThat(police.getDueDate()).isEqualTo(at("2026-03-05T09:00:00+08:00"));
    assertThat(deployedFormOf(police)).contains("\"id\": \"joint-department-opinion\"");
    assertThat(processEngine.getTaskService().getVariables(police.getId()))
        .containsEntry(JOINT_DEPARTMENT_NAME, "东湖市公安局").containsEntry(JOINT_TOPIC, topic());
    assertThat(processEngine.getTaskService().getVariables(health.getId()))
        .containsEntry(JOINT_DEPARTMENT_NAME, "东湖市卫生健康委员会");
    // each department sees its own task only; the case's agency and other departments see neither
    assertThat(visibleTo("police.officer", joint)).containsExactly(police.getId());
    assertThat(visibleTo("health.officer", joint)).containsExactly(health.getId());
    assertThat(visibleTo("hrss.officer", joint)).isEmpty();
    assertThat(visibleTo("qingshan.caseworker", joint)).isEmpty();
    assertThat(visibleTo("linjiang.caseworker", joint)).isEmpty();

    assertRefused(police, Map.of(), "办理情况");
    assertRefused(police, Map.of(DEPARTMENT_ACTION, DepartmentAction.ACTION_TAKEN, DEPARTMENT_OPINION, " "), "措施或意见");
    assertRefused(police, opinion(DepartmentAction.ACTION_TAKEN, "detain"), "处置方向");
    complete(police, opinion(DepartmentAction.ACTION_TAKEN, JointResult.POLICE));
    assertThat(joint).isWaitingAt(Activities.DEPARTMENT_OPINION);
    complete(health, opinion(DepartmentAction.OPINION, ""));

    Task minutes = task(joint, Activities.RECORD_MINUTES);
    assertThat(minutes).hasCandidateGroup(AGENCY + "-caseworker").hasName("会商记录");
    assertThat(deployedFormOf(minutes)).contains("\"id\": \"joint-record-minutes\"", "=jointOpinions");
    SpinJsonNode opinions = (SpinJsonNode) processEngine.getRuntimeService().getVariable(joint.getId(), JOINT_OPINIONS);
    assertThat(opinions.elements()).hasSize(2);
    assertThat(opinions.elements().get(0).prop("departmentName").stringValue()).isEqualTo("东湖市公安局");
    assertThat(opinions.elements().get(0).prop("actionLabel").stringValue()).isEqualTo("已采取措施");
    assertThat(opinions.elements().get(0).prop("recommendedResultLabel").stringValue()).isEqualTo("移交公安处置");
    assertThat(opinions.elements().get(1).prop("recommendedResult").isNull()).isTrue();

    assertRefused(minutes, Map.of(), "会商日期");
    assertRefused(minutes, minutes("conference", JointResult.POLICE), "会商方式");
    assertRefused(minutes, minutes("meeting", "detain"), "会办结果");
    Map<String, Object> noSummary = minutes("meeting", JointResult.POLICE);
    noSummary.put(MINUTES_SUMMARY, "");
    assertRefused(minutes, noSummary, "会商纪要");
    complete(minutes, minutes("meeting", JointResult.POLICE));

    assertThat(joint).isEnded().hasPassed(Activities.HANDLED);
    assertThat(historicValue(joint, JOINT_RESULT)).isEqualTo(JointResult.POLICE);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(
        CaseRecordType.JOINT_OPINION, CaseRecordType.JOINT_OPINION, CaseRecordType.JOINT_MINUTES);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.JOINT_OPINION))
        .containsEntry("title", "部门会办意见").containsEntry(JOINT_DEPARTMENT, POLICE)
        .containsEntry(JOINT_DEPARTMENT_NAME, "东湖市公安局").containsEntry(DEPARTMENT_ACTION, DepartmentAction.ACTION_TAKEN)
        .containsEntry(RECOMMENDED_RESULT, JointResult.POLICE).containsEntry(JOINT_TOPIC, topic());
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.JOINT_MINUTES))
        .containsEntry("title", "协同会办会商记录").containsEntry(JOINT_RESULT, JointResult.POLICE)
        .containsEntry(JOINT_DEPARTMENTS, List.of(POLICE, HEALTH)).containsEntry(MINUTES_SUMMARY, "公安机关接手处置");
    // each department's answer stays in history as its own
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(joint.getId()).variableName(DEPARTMENT_ACTION).count()).isEqualTo(2);
  }

  @Test
  void aLateDepartmentIsChasedAndChasedAgainUntilItAnswersAndAnotherIsNoLongerWaitedFor() {
    String caseNumber = openCase();
    ProcessInstance joint = start(caseNumber, "donghu-police，donghu-women, donghu-hrss");
    assertThat(joint).variables().containsEntry(JOINT_DEPARTMENTS, List.of(POLICE, WOMEN, HRSS));
    complete(opinionTaskOf(joint, POLICE), opinion(DepartmentAction.WILL_ACT, JointResult.ADMIT));

    // three days later the women's federation and the HR office have not answered
    fireTimer(overdueTimerOf(opinionTaskOf(joint, WOMEN)), "2026-03-05T09:00:00+08:00");
    Task chase = task(joint, Activities.CHASE_OPINION);
    assertThat(chase).hasCandidateGroup(AGENCY + "-caseworker").hasName("催办：部门会办意见超时");
    assertThat(deployedFormOf(chase)).contains("\"id\": \"joint-chase-opinion\"");
    assertThat(processEngine.getTaskService().getVariables(chase.getId()))
        .containsEntry(JOINT_DEPARTMENT_NAME, "东湖市妇女联合会");
    assertRefused(chase, Map.of(CHASE_DECISION, ChaseDecision.WAIT, CHASE_NOTE, "已电话"), "催办方式");
    assertRefused(chase, Map.of(CHASE_METHOD, "phone", CHASE_NOTE, "已电话"), "继续等待");
    assertRefused(chase, Map.of(CHASE_METHOD, "phone", CHASE_DECISION, ChaseDecision.WAIT, CHASE_NOTE, ""), "催办情况");
    complete(chase, chased(ChaseDecision.WAIT, "妇联答复两日内提出意见"));

    // the HR office is no longer waited for: its task is withdrawn, the minutes show why
    fireTimer(overdueTimerOf(opinionTaskOf(joint, HRSS)), "2026-03-05T09:00:00+08:00");
    complete(task(joint, Activities.CHASE_OPINION), chased(ChaseDecision.PROCEED_WITHOUT, "人社局无对口措施，不再等待"));
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(joint.getId())
        .taskCandidateGroup(HRSS + "-caseworker").count()).isZero();

    // the women's federation is chased again two days later, with a fresh form; then its answer comes and the open
    // chase ends with it
    assertThat(timer(joint, Activities.RECHASE_DUE).getDuedate()).isEqualTo(at("2026-03-07T09:00:00+08:00"));
    fireTimer(timer(joint, Activities.RECHASE_DUE), "2026-03-07T09:00:00+08:00");
    Task again = task(joint, Activities.CHASE_OPINION);
    assertThat(processEngine.getTaskService().getVariables(again.getId()))
        .containsEntry(JOINT_DEPARTMENT_NAME, "东湖市妇女联合会")
        .containsEntry(CHASE_DECISION, null).containsEntry(CHASE_NOTE, null);
    complete(opinionTaskOf(joint, WOMEN), opinion(DepartmentAction.OPINION, JointResult.REFERRAL));
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(again.getId()).count()).isZero();

    Task minutes = task(joint, Activities.RECORD_MINUTES);
    SpinJsonNode opinions = (SpinJsonNode) processEngine.getRuntimeService().getVariable(joint.getId(), JOINT_OPINIONS);
    assertThat(opinions.elements()).extracting(o -> o.prop("department").stringValue())
        .containsExactly(POLICE, HRSS, WOMEN);
    assertThat(opinions.elements().get(1).prop("action").stringValue()).isEqualTo(DepartmentAction.NO_OPINION);
    assertThat(opinions.elements().get(1).prop("opinion").stringValue()).isEqualTo("人社局无对口措施，不再等待");
    complete(minutes, minutes("written", JointResult.REFERRAL));

    assertThat(joint).isEnded().hasPassed(Activities.OPINION_GIVEN, Activities.OPINION_WAIVED, Activities.HANDLED);
    assertThat(historicValue(joint, JOINT_RESULT)).isEqualTo(JointResult.REFERRAL);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(
        CaseRecordType.JOINT_OPINION, CaseRecordType.JOINT_OPINION, CaseRecordType.JOINT_MINUTES);
  }

  @Test
  void aCaseCallsItWithTheDepartmentsAsAChecklistJsonArrayOrAListAndGetsTheJointResultBack() {
    String caseNumber = openCase();
    ProcessInstance caller = startCaller(caseNumber, SpinValues.jsonValue("[\"donghu-urban\",\"donghu-education\"]").create());
    ProcessInstance joint = calledBy(caller);
    assertThat(joint.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(joint).variables().containsEntry(JOINT_DEPARTMENTS, List.of("donghu-urban", "donghu-education"));
    assertThat(visibleTo("urban.officer", joint)).hasSize(1);
    assertThat(visibleTo("education.officer", joint)).hasSize(1);
    complete(opinionTaskOf(joint, "donghu-urban"), opinion(DepartmentAction.ACTION_TAKEN, JointResult.ADMIT));
    complete(opinionTaskOf(joint, "donghu-education"), opinion(DepartmentAction.NOT_COMPETENT, ""));
    complete(task(joint, Activities.RECORD_MINUTES), minutes("phone", JointResult.ADMIT));
    assertThat(caller).isEnded().hasPassed("End_CallDone");
    assertThat(historicValue(caller, JOINT_RESULT)).isEqualTo(JointResult.ADMIT);

    String second = openCase();
    ProcessInstance listCaller = startCaller(second, new ArrayList<>(List.of(WOMEN)));
    ProcessInstance listJoint = calledBy(listCaller);
    assertThat(listJoint).variables().containsEntry(JOINT_DEPARTMENTS, List.of(WOMEN));
    complete(opinionTaskOf(listJoint, WOMEN), opinion(DepartmentAction.WILL_ACT, JointResult.CONTINUE));
    complete(task(listJoint, Activities.RECORD_MINUTES), minutes("meeting", JointResult.CONTINUE));
    assertThat(historicValue(listCaller, JOINT_RESULT)).isEqualTo(JointResult.CONTINUE);
  }

  @Test
  void anEmptyUnknownOrMisshapenDepartmentListIsRefusedBeforeAnythingStarts() {
    String caseNumber = openCase();
    refusedAtStart(caseNumber, AGENCY, List.of(), "至少选择一个");
    refusedAtStart(caseNumber, AGENCY, " ", "至少选择一个");
    refusedAtStart(caseNumber, AGENCY, null, "至少选择一个");
    refusedAtStart(caseNumber, AGENCY, SpinValues.jsonValue("[]").create(), "至少选择一个");
    refusedAtStart(caseNumber, AGENCY, List.of(POLICE, "donghu-fire"), "donghu-fire");
    refusedAtStart(caseNumber, AGENCY, "donghu-police,qingshan-songlin", "“青山县松林镇”不是协同部门");
    refusedAtStart(caseNumber, AGENCY, SpinValues.jsonValue("[\"donghu-police\", 7]").create(), "部门代码的列表");
    refusedAtStart(caseNumber, AGENCY, SpinValues.jsonValue("{\"police\": true}").create(), "部门代码的列表");
    refusedAtStart(caseNumber, AGENCY, "[\"donghu-police\"", "部门代码的列表");
    refusedAtStart(caseNumber, AGENCY, 42, "部门代码的列表");
    refusedAtStart(caseNumber, "jiangnan-province", List.of(POLICE), "不服务于");
    refusedAtStart(caseNumber, "nowhere", List.of(POLICE), "caseAgency");
    refusedAtStart(caseNumber, POLICE, List.of(HEALTH), "是协同部门");
    Map<String, Object> noTopic = request(caseNumber, AGENCY, List.of(POLICE));
    noTopic.put(JOINT_TOPIC, "");
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        noTopic)).isInstanceOf(BadUserRequestException.class).hasMessageContaining("jointTopic");

    // a JSON array given as text (a REST client) is read like a checklist
    ProcessInstance fromText = start(caseNumber, "[\"donghu-health\"]");
    assertThat(fromText).variables().containsEntry(JOINT_DEPARTMENTS, List.of(HEALTH));
    processEngine.getRuntimeService().deleteProcessInstance(fromText.getId(), "test");

    // through a call activity the caller does not start either
    assertThatThrownBy(() -> startCaller(caseNumber, "donghu-police,donghu-fire"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("donghu-fire");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  // ---- steps

  private static String topic() {
    return "受助人员拒绝入站且有伤情，请各部门提出处置意见";
  }

  private static Map<String, Object> request(String caseNumber, String agency, Object departments) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_AGENCY, agency);
    variables.put(JOINT_DEPARTMENTS, departments);
    variables.put(JOINT_TOPIC, topic());
    return variables;
  }

  private static Map<String, Object> opinion(String action, String recommended) {
    Map<String, Object> form = new HashMap<>();
    form.put(DEPARTMENT_ACTION, action);
    form.put(DEPARTMENT_OPINION, "已安排值班人员到场核查");
    form.put(RECOMMENDED_RESULT, recommended);
    form.put(OPINION_OFFICER_POST, "值班负责人");
    return form;
  }

  private static Map<String, Object> chased(String decision, String note) {
    return Map.of(CHASE_METHOD, "phone", CHASE_DECISION, decision, CHASE_NOTE, note);
  }

  private static Map<String, Object> minutes(String mode, String result) {
    Map<String, Object> form = new HashMap<>();
    form.put(CONSULTATION_DATE, "2026-03-09");
    form.put(CONSULTATION_MODE, mode);
    form.put(JOINT_RESULT, result);
    form.put(MINUTES_SUMMARY, "公安机关接手处置");
    form.put(AGREED_ACTIONS, "救助站配合");
    return form;
  }

  // ---- engine helpers

  private static String openCase() {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, ASKED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber, Object departments) {
    ProcessInstance joint = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        request(caseNumber, AGENCY, departments));
    assertThat(joint).isWaitingAt(Activities.DEPARTMENT_OPINION);
    return joint;
  }

  private ProcessInstance startCaller(String caseNumber, Object departments) {
    return processEngine.getRuntimeService().startProcessInstanceByKey("joint-handling-caller", caseNumber,
        request(caseNumber, AGENCY, departments));
  }

  private ProcessInstance calledBy(ProcessInstance caller) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .singleResult();
  }

  private void refusedAtStart(String caseNumber, String agency, Object departments, String messagePart) {
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        request(caseNumber, agency, departments))).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(messagePart);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  /** The one open 部门会办意见 of a department. */
  private Task opinionTaskOf(ProcessInstance joint, String department) {
    List<Task> tasks = processEngine.getTaskService().createTaskQuery().processInstanceId(joint.getId())
        .taskDefinitionKey(Activities.DEPARTMENT_OPINION).taskCandidateGroup(department + "-caseworker").list();
    assertThat(tasks).as("opinion task of %s", department).hasSize(1);
    return tasks.get(0);
  }

  private Job overdueTimerOf(Task opinionTask) {
    return processEngine.getManagementService().createJobQuery().timers()
        .activityId(Activities.OPINION_OVERDUE).executionId(opinionTask.getExecutionId()).singleResult();
  }

  private List<String> visibleTo(String userId, ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateUser(userId).list().stream().map(Task::getId).toList();
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private void fireTimer(Job timer, String when) {
    assertThat(timer).as("timer due %s", when).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when));
    processEngine.getManagementService().executeJob(timer.getId());
  }

}
