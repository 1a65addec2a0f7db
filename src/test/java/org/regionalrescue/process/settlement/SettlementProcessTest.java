package org.regionalrescue.process.settlement;

import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.badInputBehind;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.settlement.SettlementVariables.*;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
import org.regionalrescue.casefile.InvalidIdNumberException;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.process.settlement.SettlementVariables.Activities;
import org.regionalrescue.process.settlement.SettlementVariables.Decision;
import org.regionalrescue.process.settlement.SettlementVariables.InstitutionType;
import org.regionalrescue.process.settlement.SettlementVariables.SettlementOutcome;
import org.regionalrescue.support.EngineTestSupport;
import org.regionalrescue.support.FictionalPeople;

@Deployment(resources = {
    "processes/settlement.bpmn",
    "forms/settlement-prepare-file.form",
    "forms/settlement-review-file.form",
    "forms/settlement-submit-plan.form",
    "forms/settlement-plan-approval.form",
    "forms/settlement-place-in-institution.form",
    "forms/settlement-apply-registration.form",
    "forms/settlement-record-registration.form",
    "forms/settlement-chase-registration.form",
    "forms/settlement-identity-established.form",
    "forms/tracing-verify-family-contact.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class SettlementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String CASEWORKERS = "qingshan-caseworker";
  private static final String SUPERVISORS = "qingshan-supervisor";
  /** Monday 28 September 2026, before the National Day holiday (10-01..10-07, Saturday 10-10 worked). */
  private static final ZonedDateTime DUE = ZonedDateTime.parse("2026-09-28T09:30:00+08:00");

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkSettlementAnswersListener", new CheckSettlementAnswersListener());
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(DUE);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void anAdultIsSettledInAWelfareHomeAfterReviewPlanAndAPoliceRegistrationThatWasChased() {
    String caseNumber = openCase();
    ProcessInstance settlement = start(caseNumber, 52);

    assertThat(settlement).isWaitingAt(Activities.PREPARE_FILE, Activities.IDENTITY_ESTABLISHED);
    Task prepare = task(settlement, Activities.PREPARE_FILE);
    assertThat(prepare).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(prepare)).contains("\"id\": \"settlement-prepare-file\"");
    assertThat(task(settlement, Activities.IDENTITY_ESTABLISHED)).hasCandidateGroup(CASEWORKERS);
    assertRefused(prepare, file(200), "年龄");
    complete(prepare, file(52));

    Task review = task(settlement, Activities.REVIEW_FILE);
    assertThat(review).hasCandidateGroup(SUPERVISORS);
    assertThat(deployedFormOf(review)).contains("\"id\": \"settlement-review-file\"");
    assertRefused(review, Map.of(REVIEW_DECISION, "maybe"), "审核结果");
    assertRefused(review, Map.of(REVIEW_DECISION, Decision.RETURNED), "需要补充的内容");
    complete(review, Map.of(REVIEW_DECISION, Decision.RETURNED, REVIEW_NOTE, "缺少公安查询无果证明"));

    // returned: the caseworker completes the file, the review note stays for them, the decision does not
    assertThat(settlement).isWaitingAt(Activities.PREPARE_FILE);
    assertThat(settlement).variables().doesNotContainKey(REVIEW_DECISION)
        .containsEntry(REVIEW_NOTE, "缺少公安查询无果证明");
    complete(task(settlement, Activities.PREPARE_FILE), file(52));
    complete(task(settlement, Activities.REVIEW_FILE), Map.of(REVIEW_DECISION, Decision.APPROVED,
        REVIEW_NOTE, "材料齐全"));

    Task plan = task(settlement, Activities.SUBMIT_PLAN);
    assertThat(plan).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(plan)).contains("\"id\": \"settlement-submit-plan\"");
    assertRefused(plan, plan(InstitutionType.CHILDREN_WELFARE), "已满18周岁");
    assertRefused(plan, plan("hotel"), "安置机构类型");
    complete(plan, plan(InstitutionType.WELFARE_HOME));
    Task approval = task(settlement, Activities.RECORD_PLAN_APPROVAL);
    assertThat(approval).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(approval)).contains("\"id\": \"settlement-plan-approval\"");
    assertRefused(approval, Map.of(), "批复");
    complete(approval, Map.of(PLAN_DECISION, Decision.RETURNED, PLAN_APPROVAL_NOTE, "请改为县社会福利院"));
    assertThat(settlement).isWaitingAt(Activities.SUBMIT_PLAN);
    assertThat(settlement).variables().doesNotContainKey(PLAN_DECISION);
    complete(task(settlement, Activities.SUBMIT_PLAN), plan(InstitutionType.WELFARE_HOME));
    complete(task(settlement, Activities.RECORD_PLAN_APPROVAL), Map.of(PLAN_DECISION, Decision.APPROVED,
        APPROVAL_DOCUMENT_NUMBER, "青政复〔2026〕8号"));

    Task place = task(settlement, Activities.PLACE_IN_WELFARE_HOME);
    assertThat(place).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(place)).contains("\"id\": \"settlement-place-in-institution\"");
    complete(place, placement("青山县社会福利院"));

    Task apply = task(settlement, Activities.APPLY_FOR_REGISTRATION);
    assertThat(deployedFormOf(apply)).contains("\"id\": \"settlement-apply-registration\"");
    complete(apply, Map.of(REGISTRATION_POLICE_STATION, "青山县公安局城关派出所", REGISTRATION_APPLIED_ON, "2026-09-28"));

    Task registration = task(settlement, Activities.RECORD_REGISTRATION);
    assertThat(registration).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(registration)).contains("\"id\": \"settlement-record-registration\"");
    // about 20 working days, across the National Day holiday and the worked Saturday 10-10
    assertThat(registration.getDueDate()).isEqualTo(at("2026-10-30T09:30:00+08:00"));
    fireTimer(settlement, "Timer_RegistrationOverdue", "2026-10-30T09:30:00+08:00");
    Task chase = task(settlement, Activities.CHASE_REGISTRATION);
    assertThat(chase).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(chase)).contains("\"id\": \"settlement-chase-registration\"");
    Task supervise = task(settlement, Activities.SUPERVISE_REGISTRATION);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：落户登记超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    complete(chase, Map.of(CHASED_ON, "2026-10-30", CHASE_CHANNEL, "phone", CHASE_NOTE, "派出所答复下周办结"));
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日催办"));
    assertThat(settlement).hasPassed("End_RegistrationChased", "End_RegistrationSupervised");

    String idNumber = FictionalPeople.idNumber("19740301");
    String mistyped = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
    assertThatThrownBy(() -> processEngine.getTaskService().complete(registration.getId(),
        registered(mistyped))).satisfies(refusal -> assertThat(badInputBehind(refusal))
            .isInstanceOf(InvalidIdNumberException.class));
    complete(registration, registered(idNumber));

    // settled: the standing "identity established" task ends with it
    assertThat(settlement).isEnded().hasPassed("End_SettlementCompleted", "End_Settled")
        .hasNotPassed("End_IdentityEstablished", "End_IdentifiedReturn");
    assertThat(canceled(settlement, Activities.IDENTITY_ESTABLISHED)).isTrue();
    assertThat(outcomeOf(settlement)).isEqualTo(SettlementOutcome.SETTLED);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("idNumber", idNumber)
        .containsEntry("name", FictionalPeople.NAME).containsEntry("householdPlace", "青山县社会福利院集体户");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(
        CaseRecordType.SETTLEMENT_LETTER, CaseRecordType.SETTLEMENT_LETTER, CaseRecordType.SETTLEMENT_PLAN,
        CaseRecordType.SETTLEMENT_PLAN, CaseRecordType.SETTLEMENT_REGISTRATION);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.SETTLEMENT_REGISTRATION))
        .containsEntry("title", "落户登记记录").containsEntry(REGISTRATION_POLICE_STATION, "青山县公安局城关派出所")
        .doesNotContainValue(idNumber);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(settlement.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
  }

  @Test
  void aMinorIsSettledOnlyInAChildrensWelfareInstitution() {
    ProcessInstance settlement = start(openCase(), 14);
    // the estimated age is confirmed with the file
    complete(task(settlement, Activities.PREPARE_FILE), file(15));
    complete(task(settlement, Activities.REVIEW_FILE), Map.of(REVIEW_DECISION, Decision.APPROVED));
    Task plan = task(settlement, Activities.SUBMIT_PLAN);
    assertRefused(plan, plan(InstitutionType.NURSING_HOME), "未满18周岁");
    complete(plan, plan(InstitutionType.CHILDREN_WELFARE));
    complete(task(settlement, Activities.RECORD_PLAN_APPROVAL), Map.of(PLAN_DECISION, Decision.APPROVED,
        APPROVAL_DOCUMENT_NUMBER, "青政复〔2026〕9号"));

    Task place = task(settlement, Activities.PLACE_IN_CHILDREN_WELFARE);
    assertThat(place).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(place)).contains("\"id\": \"settlement-place-in-institution\"");
    complete(place, placement("东湖市儿童福利院"));
    assertThat(settlement).isWaitingAt(Activities.APPLY_FOR_REGISTRATION).hasNotPassed(Activities.PLACE_IN_WELFARE_HOME);
  }

  @Test
  void theCaseworkerMayDeclareTheIdentityEstablishedAtAnyTimeWhichEndsSettlementWithAReturn() {
    String caseNumber = openCase();
    ProcessInstance settlement = start(caseNumber, 60);
    complete(task(settlement, Activities.PREPARE_FILE), file(60));

    Task established = task(settlement, Activities.IDENTITY_ESTABLISHED);
    assertThat(deployedFormOf(established)).contains("\"id\": \"settlement-identity-established\"");
    assertRefused(established, Map.of(IDENTIFIED_ON, "2026-10-09"), "查明身份的途径");
    complete(established, Map.of(IDENTIFIED_BY, "dna-match", IDENTIFIED_ON, "2026-10-09",
        PersonalFields.NAME, FictionalPeople.NAME, PersonalFields.HOUSEHOLD_PLACE, "测试省测试县"));

    // the file under review is no longer needed
    assertThat(settlement).isEnded().hasPassed("End_IdentityEstablished", "End_IdentifiedReturn")
        .hasNotPassed(Activities.SUBMIT_PLAN, "End_SettlementCompleted", "End_Settled");
    assertThat(canceled(settlement, Activities.REVIEW_FILE)).isTrue();
    assertThat(outcomeOf(settlement)).isEqualTo(SettlementOutcome.IDENTIFIED_RETURN);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("householdPlace", "测试省测试县");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(settlement.getId()).count()).isZero();
  }

  @Test
  void aFamilyCallThatCannotBeVerifiedLetsSettlementGoOnAndAVerifiedOneEndsItWithAReturn() {
    String caseNumber = openCase();
    ProcessInstance settlement = start(caseNumber, 45);
    complete(task(settlement, Activities.PREPARE_FILE), file(45));

    familyContact(caseNumber);
    Task verify = task(settlement, Activities.VERIFY_FAMILY_CONTACT);
    assertThat(verify).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(verify)).contains("\"id\": \"tracing-verify-family-contact\"");
    assertRefused(verify, Map.of(PersonalFields.FAMILY_CONTACTS, "测试人丙"), "核实结果");
    complete(verify, Map.of(PersonalFields.FAMILY_CONTACTS, "测试人丙 13800000000", FAMILY_RELATION, "sibling",
        FAMILY_CONTACT_CONFIRMED, NO));
    assertThat(settlement).isWaitingAt(Activities.REVIEW_FILE, Activities.IDENTITY_ESTABLISHED)
        .hasPassed("End_FamilyContactNotConfirmed");
    assertThat(settlement).variables().doesNotContainKeys(FAMILY_CONTACT_CONFIRMED, FAMILY_RELATION);

    familyContact(caseNumber);
    complete(task(settlement, Activities.VERIFY_FAMILY_CONTACT), Map.of(PersonalFields.FAMILY_CONTACTS,
        "测试人丁（女儿）13900000000", FAMILY_RELATION, "child", FAMILY_CONTACT_CONFIRMED, YES,
        PersonalFields.NAME, FictionalPeople.NAME, PersonalFields.HOUSEHOLD_PLACE, "测试省测试镇"));

    assertThat(settlement).isEnded().hasPassed("End_IdentifiedByFamily").hasNotPassed("End_Settled");
    assertThat(outcomeOf(settlement)).isEqualTo(SettlementOutcome.IDENTIFIED_RETURN);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber))
        .containsEntry("familyContacts", "测试人丁（女儿）13900000000").containsEntry("name", FictionalPeople.NAME);
  }

  @Test
  void aFamilyCallReachesOnlyTheSettlementOfItsCase() {
    String first = openCase();
    String second = openCase();
    ProcessInstance firstSettlement = start(first, 40);
    ProcessInstance secondSettlement = start(second, 41);

    familyContact(second);

    assertThat(task(secondSettlement, Activities.VERIFY_FAMILY_CONTACT)).isNotNull();
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(firstSettlement.getId())
        .taskDefinitionKey(Activities.VERIFY_FAMILY_CONTACT).count()).isZero();
    assertThatThrownBy(() -> familyContact("qingshan-20260928-9999"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  // ---- steps

  private static Map<String, Object> file(int age) {
    Map<String, Object> form = new HashMap<>();
    form.put(AGE, age);
    form.put(SETTLEMENT_FILE_CONTENTS, SpinValues.jsonValue("[\"tracing-notice\",\"dna-comparison\",\"police-inquiry\"]")
        .create());
    form.put(SETTLEMENT_LETTER_NUMBER, "青救函〔2026〕12号");
    form.put(SETTLEMENT_LETTER_DATE, "2026-09-28");
    form.put(TRACING_SUMMARY, "入站后发布寻亲公告，DNA比对未比中，公安查询无果");
    return form;
  }

  private static Map<String, Object> plan(String institutionType) {
    return Map.of(INSTITUTION_TYPE, institutionType, PROPOSED_INSTITUTION, "拟安置机构（测试）",
        SUBMITTED_TO_GOVERNMENT, "青山县人民政府", PLAN_SUBMITTED_ON, "2026-09-28");
  }

  private static Map<String, Object> placement(String institution) {
    return Map.of(INSTITUTION_NAME, institution, PLACED_ON, "2026-09-28", PLACEMENT_HANDOVER_NUMBER, "JJ-2026-031");
  }

  private static Map<String, Object> registered(String idNumber) {
    return Map.of(REGISTERED_ON, "2026-11-03", PersonalFields.NAME, FictionalPeople.NAME,
        PersonalFields.ID_NUMBER, idNumber, PersonalFields.HOUSEHOLD_PLACE, "青山县社会福利院集体户");
  }

  private void familyContact(String caseNumber) {
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_FAMILY_CONTACT)
        .processInstanceBusinessKey(caseNumber).correlate();
  }

  // ---- engine helpers

  private static String openCase() {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, DUE.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber, int age) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY, AGE, age));
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private boolean canceled(ProcessInstance instance, String activityId) {
    return processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).canceled().count() == 1;
  }

  private Object outcomeOf(ProcessInstance instance) {
    HistoricVariableInstance outcome = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(SETTLEMENT_OUTCOME).singleResult();
    assertThat(outcome).isNotNull();
    return outcome.getValue();
  }

}
