package org.regionalrescue.process.escort;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.escort.EscortVariables.ARRIVED_AT;
import static org.regionalrescue.process.escort.EscortVariables.BELONGINGS_HANDED_OVER;
import static org.regionalrescue.process.escort.EscortVariables.CASE_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.CONDITION_ON_ARRIVAL;
import static org.regionalrescue.process.escort.EscortVariables.COST_BASIS;
import static org.regionalrescue.process.escort.EscortVariables.COST_PAYER;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_CONFIRMED_AT;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_SIGNED;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.LEG_MODE;
import static org.regionalrescue.process.escort.EscortVariables.LEG_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVED_BY;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_EXTERNAL;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_NAME;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_PROCESS_KEY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_REASON;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_NAME;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.process.escort.EscortLegMessages.Confirmation;
import org.regionalrescue.process.escort.EscortLegMessages.HandoverNotAwaitedException;
import org.regionalrescue.process.escort.EscortVariables.Activities;
import org.regionalrescue.process.escort.EscortVariables.CostPayer;
import org.regionalrescue.process.escort.EscortVariables.LegMode;
import org.regionalrescue.process.escort.EscortVariables.ReceptionDecision;
import org.regionalrescue.process.escort.EscortVariables.RefusalReason;
import org.regionalrescue.support.EngineTestSupport;

/**
 * The receiving side of one escort leg ({@code escort-reception}) against a test-only sender that holds the leg's
 * referral id as the real escort does: accept or refuse with a reason, the overdue answer, the signed handover, the
 * confirmation that changes nothing when repeated and waits when early, and the withdrawal.
 */
@Deployment(resources = {
    "processes/escort-reception.bpmn",
    "callers/escort-sender.bpmn",
    "forms/escort-reception-decide.form",
    "forms/escort-reception-receive.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class EscortReceptionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String SENDER = "qingshan";
  private static final String RECEIVER = "linjiang";
  /** A Monday, 09:00 in China. */
  private static final ZonedDateTime REQUESTED = ZonedDateTime.parse("2026-10-12T09:00:00+08:00");

  private ProcessEngine processEngine;
  private EscortLegMessages messages;
  private String caseNumber;
  private String legId;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    messages = EscortBeans.register(processEngine);
    ClockUtil.setCurrentTime(Date.from(REQUESTED.toInstant()));
    caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(SENDER, REQUESTED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, SENDER);
    legId = EscortLeg.legId(caseNumber, 1);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void anAcceptedLegIsReceivedSignedAndConfirmedOnceWhateverIsRepeated() {
    ProcessInstance sender = startSender();
    ProcessInstance reception = requestReception();

    assertThat(reception.getBusinessKey()).isEqualTo(caseNumber);
    Task decide = task(reception, Activities.DECIDE_RECEPTION);
    assertThat(decide).hasCandidateGroup(RECEIVER + "-caseworker");
    assertThat(decide.getDueDate()).isEqualTo(at("2026-10-14T09:00:00+08:00"));
    assertThat(deployedFormOf(decide)).contains("\"id\": \"escort-reception-decide\"");
    complete(decide, Map.of(RECEPTION_DECISION, ReceptionDecision.ACCEPTED));
    executeJob(reception, Activities.SEND_ANSWER);
    assertThat(sender).isWaitingAt("Task_SenderTravelling");
    assertThat(sender).variables().containsEntry(RECEPTION_DECISION, ReceptionDecision.ACCEPTED);

    processEngine.getTaskService().complete(task(sender, "Task_SenderTravelling").getId());
    Task receive = task(reception, Activities.RECEIVE_PERSON);
    assertThat(receive).hasCandidateGroup(RECEIVER + "-caseworker");
    assertThat(deployedFormOf(receive)).contains("\"id\": \"escort-reception-receive\"");
    complete(receive, handover());
    executeJob(reception, Activities.CONFIRM_HANDOVER);

    assertThat(reception).isEnded().hasPassed("End_HandedOver");
    assertThat(sender).isEnded().hasPassed("End_SenderHandedOver");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCORT_HANDOVER);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCORT_HANDOVER))
        .containsEntry("title", "护送交接表").containsEntry(LEG_ID, legId)
        .containsEntry(SENDING_AGENCY, SENDER).containsEntry(RECEIVING_AGENCY, RECEIVER)
        .containsEntry(COST_PAYER, CostPayer.RECEIVER).containsEntry(HANDOVER_SIGNED, true)
        .containsEntry(RECEIVED_BY, "值班社工");
    assertThat(historicValue(sender, HANDOVER_CONFIRMED_AT)).isEqualTo(Date.from(REQUESTED.toInstant()));

    // the same confirmation again (a second message, a job run twice): nothing changes, no error
    assertThat(messages.confirmHandover(caseNumber, legId, Map.of(RECEIVED_BY, "另一名社工")))
        .isEqualTo(Confirmation.ALREADY_CONFIRMED);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCORT_HANDOVER);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCORT_HANDOVER))
        .containsEntry(RECEIVED_BY, "值班社工");
    // and the same request again does not start a second reception while one runs (here: none runs any more)
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RECEPTION_PROCESS_KEY).processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aConfirmationBeforeTheSenderWaitsFilesNothingAndIsRetriedUntilItDoes() {
    ProcessInstance sender = startSender();
    ProcessInstance reception = requestReception();
    complete(task(reception, Activities.DECIDE_RECEPTION), Map.of(RECEPTION_DECISION, ReceptionDecision.ACCEPTED));
    executeJob(reception, Activities.SEND_ANSWER);
    complete(task(reception, Activities.RECEIVE_PERSON), handover());

    // the sender is still on the road (its task open, no wait for the confirmation yet): the confirmation fails
    Job confirm = job(reception, Activities.CONFIRM_HANDOVER);
    assertThatThrownBy(() -> processEngine.getManagementService().executeJob(confirm.getId()))
        .isInstanceOf(HandoverNotAwaitedException.class).hasMessageContaining(legId);
    assertThat(processEngine.getManagementService().createJobQuery().jobId(confirm.getId()).singleResult()
        .getRetries()).isEqualTo(2);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
    assertThat(sender).isWaitingAt("Task_SenderTravelling");

    // directly, too: an early confirmation answers with the same failure and leaves nothing behind
    assertThatThrownBy(() -> messages.confirmHandover(caseNumber, legId, Map.of(RECEIVED_BY, "值班社工")))
        .isInstanceOf(HandoverNotAwaitedException.class);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();

    processEngine.getTaskService().complete(task(sender, "Task_SenderTravelling").getId());
    processEngine.getManagementService().executeJob(confirm.getId());
    assertThat(sender).isEnded();
    assertThat(reception).isEnded().hasPassed("End_HandedOver");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCORT_HANDOVER);
  }

  @Test
  void aRefusalNeedsACodedReasonAndAWrittenExplanationAndGoesBackToTheSender() {
    ProcessInstance sender = startSender();
    ProcessInstance reception = requestReception();
    Task decide = task(reception, Activities.DECIDE_RECEPTION);

    assertRefused(decide, Map.of(RECEPTION_DECISION, ReceptionDecision.REFUSED), "拒绝理由");
    assertRefused(decide, Map.of(RECEPTION_DECISION, ReceptionDecision.REFUSED,
        RECEPTION_REFUSAL_REASON, RefusalReason.NOT_RESIDENT), "书面说明");
    assertRefused(decide, Map.of(RECEPTION_DECISION, "maybe"), "同意接收或拒绝接收");
    assertThat(reception).isWaitingAt(Activities.DECIDE_RECEPTION);

    complete(decide, Map.of(RECEPTION_DECISION, ReceptionDecision.REFUSED,
        RECEPTION_REFUSAL_REASON, RefusalReason.NOT_RESIDENT, RECEPTION_REFUSAL_NOTE, "经户籍核查，该人员户籍不在本县。"));
    executeJob(reception, Activities.SEND_ANSWER);

    assertThat(reception).isEnded().hasPassed("End_ReceptionRefused");
    assertThat(sender).isEnded().hasPassed("End_SenderRefused");
    assertThat(historicValue(sender, RECEPTION_REFUSAL_REASON)).isEqualTo(RefusalReason.NOT_RESIDENT);
    assertThat(historicValue(sender, RECEPTION_REFUSAL_NOTE)).isEqualTo("经户籍核查，该人员户籍不在本县。");
  }

  @Test
  void anAnswerOverdueGoesToTheReceivingSupervisorAndTheAnswerCanStillBeGiven() {
    startSender();
    ProcessInstance reception = requestReception();
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(reception.getId())
        .activityId(Activities.RECEPTION_DECISION_OVERDUE).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-10-14T09:00:00+08:00"));

    ClockUtil.setCurrentTime(at("2026-10-14T09:00:00+08:00"));
    processEngine.getManagementService().executeJob(timer.getId());

    Task supervise = task(reception, Activities.SUPERVISE_RECEPTION_DECISION);
    assertThat(supervise).hasCandidateGroup(RECEIVER + "-supervisor").hasName("督办：护送接收答复超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日答复"));
    assertThat(reception).hasPassed("End_ReceptionDecisionSupervised").isWaitingAt(Activities.DECIDE_RECEPTION);

    complete(task(reception, Activities.DECIDE_RECEPTION), Map.of(RECEPTION_DECISION, ReceptionDecision.ACCEPTED));
    executeJob(reception, Activities.SEND_ANSWER);
    assertThat(reception).isWaitingAt(Activities.RECEIVE_PERSON);
  }

  @Test
  void theHandoverIsSignedByBothSidesOrTheReceptionStaysOpen() {
    startSender();
    ProcessInstance reception = requestReception();
    complete(task(reception, Activities.DECIDE_RECEPTION), Map.of(RECEPTION_DECISION, ReceptionDecision.ACCEPTED));
    executeJob(reception, Activities.SEND_ANSWER);
    Task receive = task(reception, Activities.RECEIVE_PERSON);

    Map<String, Object> unsigned = new HashMap<>(handover());
    unsigned.put(HANDOVER_SIGNED, false);
    assertRefused(receive, unsigned, "签署护送交接表");
    Map<String, Object> noArrival = new HashMap<>(handover());
    noArrival.remove(ARRIVED_AT);
    assertRefused(receive, noArrival, "到达的时间");
    Map<String, Object> noCondition = new HashMap<>(handover());
    noCondition.put(CONDITION_ON_ARRIVAL, "unknown");
    assertRefused(receive, noCondition, "到达时的状况");
    Map<String, Object> noStaff = new HashMap<>(handover());
    noStaff.put(RECEIVED_BY, " ");
    assertRefused(receive, noStaff, "接收人员");

    assertThat(reception).isWaitingAt(Activities.RECEIVE_PERSON);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void aWithdrawnLegEndsTheReceptionWhereverItWaitsAndAWithdrawalOfNothingIsNoError() {
    startSender();
    ProcessInstance deciding = requestReception();
    assertThat(messages.withdraw(legId)).isEqualTo(1);
    assertThat(deciding).isEnded().hasPassed("End_ReceptionWithdrawn").hasNotPassed("End_HandedOver");

    ProcessInstance waiting = requestReception();
    complete(task(waiting, Activities.DECIDE_RECEPTION), Map.of(RECEPTION_DECISION, ReceptionDecision.ACCEPTED));
    executeJob(waiting, Activities.SEND_ANSWER);
    assertThat(messages.withdraw(legId)).isEqualTo(1);
    assertThat(waiting).isEnded().hasPassed("Start_LegWithdrawn");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(waiting.getId()).count()).isZero();

    assertThat(messages.withdraw(legId)).isZero();
  }

  @Test
  void aSecondRequestForALegWhoseReceptionRunsStartsNothing() {
    startSender();
    ProcessInstance reception = requestReception();

    assertThat(messages.requestReception(caseNumber, legId, legFacts())).isFalse();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RECEPTION_PROCESS_KEY).processInstanceBusinessKey(caseNumber).list())
        .extracting(ProcessInstance::getId).containsExactly(reception.getId());
  }

  // ---- helpers

  private ProcessInstance startSender() {
    return processEngine.getRuntimeService().startProcessInstanceByKey("escort-sender", caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, SENDER, LEG_ID, legId));
  }

  private ProcessInstance requestReception() {
    assertThat(messages.requestReception(caseNumber, legId, legFacts())).isTrue();
    return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RECEPTION_PROCESS_KEY)
        .processInstanceBusinessKey(caseNumber).active().singleResult();
  }

  private Map<String, Object> legFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(CASE_NUMBER, caseNumber);
    facts.put(CASE_AGENCY, SENDER);
    facts.put(LEG_NUMBER, 1);
    facts.put(LEG_MODE, LegMode.FETCH);
    facts.put(SENDING_AGENCY, SENDER);
    facts.put(SENDING_NAME, "青山县救助管理站");
    facts.put(RECEIVING_AGENCY, RECEIVER);
    facts.put(RECEIVER_NAME, "临江县救助管理站");
    facts.put(RECEIVER_EXTERNAL, false);
    facts.put(COST_PAYER, CostPayer.RECEIVER);
    facts.put(COST_BASIS, "户籍地自行承担接回费用（接收方）");
    return facts;
  }

  private static Map<String, Object> handover() {
    return Map.of(ARRIVED_AT, "2026-10-13T15:30:00+08:00", RECEIVED_BY, "值班社工", CONDITION_ON_ARRIVAL, "good",
        BELONGINGS_HANDED_OVER, true, HANDOVER_SIGNED, true);
  }

  /** Refused as REST refuses it (400): a {@link BadUserRequestException} behind the engine's wrapping; task open. */
  private void assertRefused(Task task, Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> complete(task, variables))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).as("bad input behind %s", refusal)
            .isNotNull().hasMessageContaining(messagePart));
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  static BadUserRequestException badInputBehind(Throwable refusal) {
    for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        return badInput;
      }
    }
    return null;
  }

  private Task task(ProcessInstance instance, String key) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task %s", key).isNotNull();
    return task;
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private Job job(ProcessInstance instance, String activityId) {
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    return job;
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    processEngine.getManagementService().executeJob(job(instance, activityId).getId());
  }

}
