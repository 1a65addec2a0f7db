package org.regionalrescue.process.escort;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.escort.EscortReceptionProcessTest.badInputBehind;
import static org.regionalrescue.process.escort.EscortVariables.APPROVAL_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.APPROVAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.APPROVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.ARRIVED_AT;
import static org.regionalrescue.process.escort.EscortVariables.BELONGINGS_HANDED_OVER;
import static org.regionalrescue.process.escort.EscortVariables.CASE_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.CONDITION_ON_ARRIVAL;
import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_RESULT;
import static org.regionalrescue.process.escort.EscortVariables.COST_BASIS;
import static org.regionalrescue.process.escort.EscortVariables.COST_PAYER;
import static org.regionalrescue.process.escort.EscortVariables.CROSS_PROVINCE;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_NAME;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_PROVINCE;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_CONTINUES;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_OUTCOME;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_STAFF_COUNT;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_STAFF_ROLES;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_TRANSPORT;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_SIGNED;
import static org.regionalrescue.process.escort.EscortVariables.HOSPITAL_NAME;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_ACTIONS;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_AT;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_PLACE;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_REPORTED_TO;
import static org.regionalrescue.process.escort.EscortVariables.INCIDENT_TYPE;
import static org.regionalrescue.process.escort.EscortVariables.LEG_COUNT;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.LEG_MODE;
import static org.regionalrescue.process.escort.EscortVariables.LEG_PROGRESS;
import static org.regionalrescue.process.escort.EscortVariables.MESSAGE_HANDOVER_CONFIRMED;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFICATION_REFERENCE;
import static org.regionalrescue.process.escort.EscortVariables.NOTIFIED_VIA;
import static org.regionalrescue.process.escort.EscortVariables.PLANNED_DEPARTURE;
import static org.regionalrescue.process.escort.EscortVariables.POLICE_REPORT_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.PROCESS_KEY;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVED_BY;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_EXTERNAL;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVER_NAME;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVING_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_ATTEMPT;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_PROCESS_KEY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_REASON;
import static org.regionalrescue.process.escort.EscortVariables.ROUTE_DESCRIPTION;
import static org.regionalrescue.process.escort.EscortVariables.ROUTE_SUMMARY;
import static org.regionalrescue.process.escort.EscortVariables.SENDING_AGENCY;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.escort.EscortLegMessages.Confirmation;
import org.regionalrescue.process.escort.EscortLegMessages.HandoverNotAwaitedException;
import org.regionalrescue.process.escort.EscortVariables.Activities;
import org.regionalrescue.process.escort.EscortVariables.ApprovalDecision;
import org.regionalrescue.process.escort.EscortVariables.CoordinationResult;
import org.regionalrescue.process.escort.EscortVariables.CostPayer;
import org.regionalrescue.process.escort.EscortVariables.DestinationProvince;
import org.regionalrescue.process.escort.EscortVariables.EscortContinues;
import org.regionalrescue.process.escort.EscortVariables.EscortOutcome;
import org.regionalrescue.process.escort.EscortVariables.IncidentType;
import org.regionalrescue.process.escort.EscortVariables.LegMode;
import org.regionalrescue.process.escort.EscortVariables.LegProgress;
import org.regionalrescue.process.escort.EscortVariables.ReceptionDecision;
import org.regionalrescue.process.escort.EscortVariables.RefusalReason;
import org.regionalrescue.support.EngineTestSupport;

/**
 * {@code escort} with the real receiving side ({@code escort-reception}) and the cost table, on the demo region:
 * the home county fetches; a cross-province escort approved by the regional center and run leg by leg; duplicate and
 * early confirmations; a refusal coordinated and asked again, then cancelled; an illness and an absconding on the way.
 */
@Deployment(resources = {
    "processes/escort.bpmn",
    "processes/escort-reception.bpmn",
    "processes/escort-costs.dmn",
    "forms/escort-plan.form",
    "forms/escort-approve-cross-province.form",
    "forms/escort-coordinate-refusal.form",
    "forms/escort-conduct-leg.form",
    "forms/escort-handle-incident.form",
    "forms/escort-reception-decide.form",
    "forms/escort-reception-receive.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class EscortProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String CENTER = "donghu-center";
  /** A Monday, 09:00 in China. */
  private static final ZonedDateTime PLANNED = ZonedDateTime.parse("2026-10-12T09:00:00+08:00");

  private ProcessEngine processEngine;
  private EscortLegMessages messages;
  private String caseNumber;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    messages = EscortBeans.register(processEngine);
    ClockUtil.setCurrentTime(Date.from(PLANNED.toInstant()));
    caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, PLANNED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ---- same prefecture: one leg, the home county fetches

  @Test
  void inTheSamePrefectureTheHomeCountyAcceptsFetchesAndSignsAndTheEscortEnds() {
    ProcessInstance escort = start();
    Task plan = task(escort, Activities.PLAN_ESCORT);
    assertThat(plan).hasCandidateGroup(AGENCY + "-caseworker");
    assertThat(deployedFormOf(plan)).contains("\"id\": \"escort-plan\"");
    complete(plan, plan(DestinationProvince.IN_PROVINCE, "linjiang-jiangkou-village", "临江县救助管理站"));

    assertThat(escort).hasPassed(Activities.DETERMINE_ROUTE)
        .hasNotPassed(Activities.APPROVE_CROSS_PROVINCE).isWaitingAt(Activities.REQUEST_RECEPTION);
    assertThat(escort).variables().containsEntry(LEG_COUNT, 1).containsEntry(CROSS_PROVINCE, false)
        .containsEntry(APPROVING_AGENCY, CENTER).containsEntry(LEG_ID, caseNumber + "-L1")
        .containsEntry(ROUTE_SUMMARY, "青山县救助管理站 → 临江县救助管理站（接领）");

    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance reception = reception();
    assertThat(reception.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(reception).variables().containsEntry(LEG_ID, caseNumber + "-L1")
        .containsEntry(RECEIVING_AGENCY, "linjiang").containsEntry(LEG_MODE, LegMode.FETCH)
        .containsEntry(COST_PAYER, CostPayer.RECEIVER).containsEntry(RECEPTION_ATTEMPT, 1);
    Task decide = task(reception, Activities.DECIDE_RECEPTION);
    assertThat(decide).hasCandidateGroup("linjiang-caseworker");
    accept(reception, Map.of());

    Task conduct = task(escort, Activities.CONDUCT_LEG);
    assertThat(conduct).hasCandidateGroup(AGENCY + "-caseworker");
    assertThat(deployedFormOf(conduct)).contains("\"id\": \"escort-conduct-leg\"");
    assertThat(processEngine.getTaskService().getVariables(conduct.getId()))
        .containsEntry(COST_PAYER, CostPayer.RECEIVER).containsEntry(COST_BASIS, "户籍地自行承担接回费用（接收方）")
        .containsEntry(RECEPTION_DECISION, ReceptionDecision.ACCEPTED);
    assertRefused(conduct, Map.of(LEG_PROGRESS, "arrived"), "本段进展");
    complete(conduct, Map.of(LEG_PROGRESS, LegProgress.HANDED_OVER));
    assertThat(escort).isWaitingAt(Activities.HANDOVER_CONFIRMED);

    receiveAndConfirm(reception);

    assertThat(escort).isEnded().hasPassed(Activities.HANDOVER_CONFIRMED, "End_LegHandedOver", "End_Escorted");
    assertThat(historicValue(escort, ESCORT_OUTCOME)).isEqualTo(EscortOutcome.ESCORTED);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCORT_HANDOVER);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCORT_HANDOVER))
        .containsEntry(LEG_ID, caseNumber + "-L1").containsEntry(SENDING_AGENCY, AGENCY)
        .containsEntry(RECEIVING_AGENCY, "linjiang").containsEntry(LEG_MODE, LegMode.FETCH)
        .containsEntry(COST_PAYER, CostPayer.RECEIVER).containsEntry(HANDOVER_SIGNED, true);
  }

  @Test
  void aPlanWithoutAChainOrWithoutItsFactsIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance escort = start();
    Task plan = task(escort, Activities.PLAN_ESCORT);

    assertRefused(plan, plan(DestinationProvince.IN_PROVINCE, "atlantis", "亚特兰蒂斯"), "atlantis");
    assertRefused(plan, plan(DestinationProvince.OTHER_PROVINCE, "linjiang", "临江县"), "外省");
    assertRefused(plan, plan(DestinationProvince.IN_PROVINCE, "qingshan", "青山县"), "乡镇（街道）");
    assertRefused(plan, plan("abroad", null, "某地"), "省内还是外省");
    Map<String, Object> noStaff = plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站");
    noStaff.put(ESCORT_STAFF_COUNT, 0);
    assertRefused(plan, noStaff, "护送人员人数");
    Map<String, Object> noTransport = plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站");
    noTransport.put(ESCORT_TRANSPORT, "horse");
    assertRefused(plan, noTransport, "交通方式");
    Map<String, Object> noDeparture = plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站");
    noDeparture.remove(PLANNED_DEPARTURE);
    assertRefused(plan, noDeparture, "出发时间");
    Map<String, Object> noRoute = plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站");
    noRoute.put(ROUTE_DESCRIPTION, " ");
    assertRefused(plan, noRoute, "护送路线");
    assertThat(escort).isWaitingAt(Activities.PLAN_ESCORT);
  }

  // ---- other province: approval, two legs, duplicate and early confirmations

  @Test
  void aCrossProvinceEscortIsApprovedByTheRegionalCenterAndRunsLegByLegWithoutAnyConfirmationCountingTwice() {
    ProcessInstance escort = start();
    complete(task(escort, Activities.PLAN_ESCORT), plan(DestinationProvince.OTHER_PROVINCE, null, "西岭省西岭市救助管理站"));

    Task approve = task(escort, Activities.APPROVE_CROSS_PROVINCE);
    assertThat(approve).hasCandidateGroup(CENTER + "-supervisor");
    assertThat(deployedFormOf(approve)).contains("\"id\": \"escort-approve-cross-province\"");
    assertRefused(approve, Map.of(APPROVAL_DECISION, ApprovalDecision.RETURNED), "修改的内容");
    assertRefused(approve, Map.of(APPROVAL_DECISION, "perhaps"), "批准护送或退回修改");
    complete(approve, Map.of(APPROVAL_DECISION, ApprovalDecision.RETURNED, APPROVAL_NOTE, "请增派一名医护人员。"));

    assertThat(escort).isWaitingAt(Activities.PLAN_ESCORT);
    assertThat(escort).variables().doesNotContainKey(APPROVAL_DECISION).containsEntry(APPROVAL_NOTE, "请增派一名医护人员。");
    Map<String, Object> revised = plan(DestinationProvince.OTHER_PROVINCE, null, "西岭省西岭市救助管理站");
    revised.put(ESCORT_STAFF_COUNT, 3);
    complete(task(escort, Activities.PLAN_ESCORT), revised);
    complete(task(escort, Activities.APPROVE_CROSS_PROVINCE), Map.of(APPROVAL_DECISION, ApprovalDecision.APPROVED));
    assertThat(escort).variables().containsEntry(CROSS_PROVINCE, true).containsEntry(LEG_COUNT, 2)
        .containsEntry(ROUTE_SUMMARY, "青山县救助管理站 → 东湖市救助管理站（区域性中心） → 西岭省西岭市救助管理站");

    // leg 1: 青山县 → 东湖市 (regional center), received by the center's caseworkers
    String leg1 = caseNumber + "-L1";
    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance centerReception = reception();
    assertThat(task(centerReception, Activities.DECIDE_RECEPTION)).hasCandidateGroup(CENTER + "-caseworker");
    assertThat(centerReception).variables().containsEntry(COST_PAYER, CostPayer.SENDER)
        .containsEntry(RECEIVER_EXTERNAL, false);
    accept(centerReception, Map.of());
    assertThat(task(escort, Activities.CONDUCT_LEG)).hasCandidateGroup(AGENCY + "-caseworker");

    // the center signs before 青山县 reports the arrival: the confirmation ends the open escort task
    receiveAndConfirm(centerReception);
    assertThat(escort).hasPassed(Activities.HANDOVER_CONFIRMED_DURING_LEG).hasNotPassed(Activities.HANDOVER_CONFIRMED)
        .isWaitingAt(Activities.REQUEST_RECEPTION);
    assertThat(escort).variables().containsEntry(LEG_ID, caseNumber + "-L2");
    assertThat(handovers()).isEqualTo(1);

    // a duplicate confirmation of leg 1 while leg 2 is under way: nothing changes, no error, leg 2 untouched
    assertThat(messages.confirmHandover(caseNumber, leg1, handoverFacts())).isEqualTo(Confirmation.ALREADY_CONFIRMED);
    assertThat(processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_HANDOVER_CONFIRMED)
        .processInstanceVariableEquals(LEG_ID, leg1).correlateAllWithResult()).isEmpty();
    assertThat(escort).isWaitingAt(Activities.REQUEST_RECEPTION);
    assertThat(handovers()).isEqualTo(1);
    // an early confirmation of leg 2, before the center was even asked: refused, nothing filed, nothing moved
    assertThatThrownBy(() -> messages.confirmHandover(caseNumber, caseNumber + "-L2", handoverFacts()))
        .isInstanceOf(HandoverNotAwaitedException.class);
    assertThat(escort).isWaitingAt(Activities.REQUEST_RECEPTION);
    assertThat(handovers()).isEqualTo(1);

    // leg 2: 东湖市 (the province's cross-province station) → 西岭省, notified by 江南省民政厅; the center records
    // the other province's answer and signature
    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance otherProvince = reception();
    assertThat(otherProvince).variables().containsEntry(RECEIVING_AGENCY, CENTER)
        .containsEntry(RECEIVER_NAME, "西岭省西岭市救助管理站").containsEntry(RECEIVER_EXTERNAL, true)
        .containsEntry(NOTIFIED_VIA, "jiangnan-province").containsEntry(COST_PAYER, CostPayer.SENDER);
    accept(otherProvince, Map.of(NOTIFICATION_REFERENCE, "江南民函〔2026〕18号"));
    Task conduct = task(escort, Activities.CONDUCT_LEG);
    assertThat(conduct).hasCandidateGroup(CENTER + "-caseworker");
    // what a leg collects stays in that leg: the process itself holds only the leg under way
    assertThat(escort).variables().doesNotContainKeys(RECEPTION_DECISION, COST_PAYER, RECEIVING_AGENCY,
        NOTIFICATION_REFERENCE, RECEIVED_BY, ARRIVED_AT);
    assertThat(processEngine.getTaskService().getVariables(conduct.getId()))
        .containsEntry(NOTIFICATION_REFERENCE, "江南民函〔2026〕18号").containsEntry(RECEIVED_BY, null);
    complete(conduct, Map.of(LEG_PROGRESS, LegProgress.HANDED_OVER));
    receiveAndConfirm(otherProvince);

    assertThat(escort).isEnded().hasPassed("End_Escorted");
    assertThat(historicValue(escort, ESCORT_OUTCOME)).isEqualTo(EscortOutcome.ESCORTED);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactly(CaseRecordType.ESCORT_HANDOVER, CaseRecordType.ESCORT_HANDOVER);
    // and once the escort is over, a repeated confirmation of its last leg is still answered calmly
    assertThat(messages.confirmHandover(caseNumber, caseNumber + "-L2", handoverFacts()))
        .isEqualTo(Confirmation.ALREADY_CONFIRMED);
    assertThat(handovers()).isEqualTo(2);
  }

  // ---- refusal: reported up, coordinated, asked again, cancelled

  @Test
  void aRefusalIsCoordinatedByTheRegionalCenterAskedAgainAndFinallyCancelsTheEscort() {
    ProcessInstance escort = start();
    complete(task(escort, Activities.PLAN_ESCORT), plan(DestinationProvince.IN_PROVINCE, "baisha", "白沙区救助管理站"));
    executeJob(escort, Activities.REQUEST_RECEPTION);

    // the first answer is late: the home county's supervisor is told
    ProcessInstance first = reception();
    fireTimer(first, Activities.RECEPTION_DECISION_OVERDUE, "2026-10-14T09:00:00+08:00");
    Task supervise = task(first, Activities.SUPERVISE_RECEPTION_DECISION);
    assertThat(supervise).hasCandidateGroup("baisha-supervisor");
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促答复"));
    refuse(first, RefusalReason.NOT_RESIDENT, "经核查户籍不在本区。");

    Task coordinate = task(escort, Activities.COORDINATE_REFUSAL);
    assertThat(coordinate).hasCandidateGroup(CENTER + "-supervisor");
    assertThat(deployedFormOf(coordinate)).contains("\"id\": \"escort-coordinate-refusal\"");
    assertThat(processEngine.getTaskService().getVariables(coordinate.getId()))
        .containsEntry(RECEPTION_REFUSAL_REASON, RefusalReason.NOT_RESIDENT)
        .containsEntry(RECEPTION_REFUSAL_NOTE, "经核查户籍不在本区。");
    assertRefused(coordinate, Map.of(COORDINATION_RESULT, CoordinationResult.RETRY), "协调情况");
    assertRefused(coordinate, Map.of(COORDINATION_RESULT, "wait", COORDINATION_NOTE, "x"), "协调结果");
    complete(coordinate, Map.of(COORDINATION_RESULT, CoordinationResult.RETRY,
        COORDINATION_NOTE, "已与白沙区民政局核实：户籍在南门街道，同意接收。"));

    assertThat(escort).hasPassed(Activities.COORDINATE_REFUSAL).isWaitingAt(Activities.REQUEST_RECEPTION);
    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance second = reception();
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(second).variables().containsEntry(RECEPTION_ATTEMPT, 2).containsEntry(LEG_ID, caseNumber + "-L1");
    refuse(second, RefusalReason.NO_CAPACITY, "暂无接收条件。");

    Task again = task(escort, Activities.COORDINATE_REFUSAL);
    assertThat(processEngine.getTaskService().getVariables(again.getId()))
        .containsEntry(COORDINATION_RESULT, null).containsEntry(RECEPTION_REFUSAL_REASON, RefusalReason.NO_CAPACITY);
    complete(again, Map.of(COORDINATION_RESULT, CoordinationResult.CANCEL, COORDINATION_NOTE, "协调不成，另行安排。"));

    assertThat(escort).isEnded().hasPassed("End_LegCancelled", Activities.ESCORT_CANCELLED, "End_EscortCancelled")
        .hasNotPassed("End_Escorted");
    assertThat(historicValue(escort, ESCORT_OUTCOME)).isEqualTo(EscortOutcome.CANCELLED);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  // ---- incidents on the way

  @Test
  void anIllnessOnTheWayIsTreatedAndReportedAndTheEscortGoesOn() {
    ProcessInstance escort = start();
    complete(task(escort, Activities.PLAN_ESCORT), plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站"));
    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance reception = reception();
    accept(reception, Map.of());

    complete(task(escort, Activities.CONDUCT_LEG), Map.of(LEG_PROGRESS, LegProgress.INCIDENT));
    Task incident = task(escort, Activities.HANDLE_INCIDENT);
    assertThat(incident).hasCandidateGroup(AGENCY + "-caseworker").hasName("护送途中突发情况");
    assertThat(deployedFormOf(incident)).contains("\"id\": \"escort-handle-incident\"");
    Map<String, Object> illness = incident(IncidentType.ILLNESS, EscortContinues.CONTINUE);
    illness.remove(HOSPITAL_NAME);
    assertRefused(incident, illness, "送治的医院");
    assertRefused(incident, Map.of(INCIDENT_TYPE, "storm"), "突发情况类型");
    Map<String, Object> undecided = incident(IncidentType.ILLNESS, "later");
    assertRefused(incident, undecided, "继续护送还是中止护送");
    Map<String, Object> treated = incident(IncidentType.ILLNESS, EscortContinues.CONTINUE);
    treated.put(PersonalFields.HEALTH_NOTES, "途中发热，经治疗后好转。");
    complete(incident, treated);

    executeJob(escort, Activities.RECORD_INCIDENT);
    assertThat(escort).hasPassed(Activities.RECORD_INCIDENT).isWaitingAt(Activities.CONDUCT_LEG);
    Task resumed = task(escort, Activities.CONDUCT_LEG);
    assertThat(processEngine.getTaskService().getVariables(resumed.getId()))
        .containsEntry(LEG_PROGRESS, null).containsEntry(INCIDENT_TYPE, null);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCORT_INCIDENT_REPORT))
        .containsEntry("title", "护送途中突发情况报告").containsEntry(INCIDENT_TYPE, IncidentType.ILLNESS)
        .containsEntry(HOSPITAL_NAME, "临江县人民医院").containsEntry(LEG_ID, caseNumber + "-L1")
        .containsEntry(ESCORT_CONTINUES, EscortContinues.CONTINUE);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "途中发热，经治疗后好转。");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(escort.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();

    complete(resumed, Map.of(LEG_PROGRESS, LegProgress.HANDED_OVER));
    receiveAndConfirm(reception);
    assertThat(escort).isEnded().hasPassed("End_Escorted");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactly(CaseRecordType.ESCORT_INCIDENT_REPORT, CaseRecordType.ESCORT_HANDOVER);
  }

  @Test
  void anAbscondingIsReportedToThePoliceTheEscortEndsAndTheReceiverStopsWaiting() {
    ProcessInstance escort = start();
    complete(task(escort, Activities.PLAN_ESCORT), plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站"));
    executeJob(escort, Activities.REQUEST_RECEPTION);
    ProcessInstance reception = reception();
    accept(reception, Map.of());
    complete(task(escort, Activities.CONDUCT_LEG), Map.of(LEG_PROGRESS, LegProgress.INCIDENT));

    Task incident = task(escort, Activities.HANDLE_INCIDENT);
    Map<String, Object> unreported = incident(IncidentType.ABSCONDED, EscortContinues.END);
    unreported.remove(POLICE_REPORT_NUMBER);
    assertRefused(incident, unreported, "报告公安机关");
    Map<String, Object> unplaced = incident(IncidentType.ABSCONDED, EscortContinues.END);
    unplaced.put(INCIDENT_PLACE, "");
    assertRefused(incident, unplaced, "地点");
    complete(incident, incident(IncidentType.ABSCONDED, EscortContinues.END));
    executeJob(escort, Activities.RECORD_INCIDENT);

    assertThat(reception).isActive();
    executeJob(escort, Activities.WITHDRAW_RECEPTION);

    assertThat(reception).isEnded().hasPassed("End_ReceptionWithdrawn").hasNotPassed("End_HandedOver");
    assertThat(escort).isEnded().hasPassed("End_LegAbandoned", Activities.ESCORT_ABANDONED, "End_EscortAbandoned");
    assertThat(historicValue(escort, ESCORT_OUTCOME)).isEqualTo(EscortOutcome.ABANDONED);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCORT_INCIDENT_REPORT))
        .containsEntry(INCIDENT_TYPE, IncidentType.ABSCONDED).containsEntry(POLICE_REPORT_NUMBER, "JJ-2026-1012-07");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactly(CaseRecordType.ESCORT_INCIDENT_REPORT);
  }

  @Test
  void aMinorCannotLeaveTheEscortOnTheWay() {
    ProcessInstance escort = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY, "age", 15, "lacksCapacity", false));
    complete(task(escort, Activities.PLAN_ESCORT), plan(DestinationProvince.IN_PROVINCE, "linjiang", "临江县救助管理站"));
    executeJob(escort, Activities.REQUEST_RECEPTION);
    accept(reception(), Map.of());
    complete(task(escort, Activities.CONDUCT_LEG), Map.of(LEG_PROGRESS, LegProgress.INCIDENT));

    assertRefused(task(escort, Activities.HANDLE_INCIDENT),
        incident(IncidentType.LEFT_ON_REQUEST, EscortContinues.END), "不能中途自行离开");
  }

  // ---- steps

  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
  }

  private static Map<String, Object> plan(String province, String agency, String name) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(DESTINATION_PROVINCE, province);
    plan.put(DESTINATION_AGENCY, agency);
    plan.put(DESTINATION_NAME, name);
    plan.put(ROUTE_DESCRIPTION, "乘本站车辆经高速公路前往，预计当日到达。");
    plan.put(ESCORT_STAFF_COUNT, 2);
    plan.put(ESCORT_STAFF_ROLES, "工作人员2名");
    plan.put(ESCORT_TRANSPORT, "station-vehicle");
    plan.put(PLANNED_DEPARTURE, "2026-10-13T08:00:00+08:00");
    return plan;
  }

  private static Map<String, Object> incident(String type, String continues) {
    Map<String, Object> incident = new HashMap<>();
    incident.put(INCIDENT_TYPE, type);
    incident.put(INCIDENT_AT, "2026-10-13T11:20:00+08:00");
    incident.put(INCIDENT_PLACE, "高速公路服务区");
    incident.put(INCIDENT_ACTIONS, "就近送医并通知派出机构");
    incident.put(HOSPITAL_NAME, "临江县人民医院");
    incident.put(POLICE_REPORT_NUMBER, "JJ-2026-1012-07");
    incident.put(INCIDENT_REPORTED_TO, "本站主管、区域性中心值班室");
    incident.put(ESCORT_CONTINUES, continues);
    return incident;
  }

  private void accept(ProcessInstance reception, Map<String, Object> more) {
    Map<String, Object> decision = new HashMap<>(more);
    decision.put(RECEPTION_DECISION, ReceptionDecision.ACCEPTED);
    complete(task(reception, Activities.DECIDE_RECEPTION), decision);
    executeJob(reception, Activities.SEND_ANSWER);
  }

  private void refuse(ProcessInstance reception, String reason, String note) {
    complete(task(reception, Activities.DECIDE_RECEPTION), Map.of(RECEPTION_DECISION, ReceptionDecision.REFUSED,
        RECEPTION_REFUSAL_REASON, reason, RECEPTION_REFUSAL_NOTE, note));
    executeJob(reception, Activities.SEND_ANSWER);
    assertThat(reception).isEnded().hasPassed("End_ReceptionRefused");
  }

  private void receiveAndConfirm(ProcessInstance reception) {
    complete(task(reception, Activities.RECEIVE_PERSON), handoverFacts());
    executeJob(reception, Activities.CONFIRM_HANDOVER);
    assertThat(reception).isEnded().hasPassed("End_HandedOver");
  }

  private static Map<String, Object> handoverFacts() {
    return Map.of(ARRIVED_AT, "2026-10-13T15:30:00+08:00", RECEIVED_BY, "值班社工", CONDITION_ON_ARRIVAL, "good",
        BELONGINGS_HANDED_OVER, true, HANDOVER_SIGNED, true);
  }

  private long handovers() {
    return EngineTestSupport.caseRecords().typesOf(caseNumber).stream()
        .filter(CaseRecordType.ESCORT_HANDOVER::equals).count();
  }

  // ---- engine helpers

  /** The receiving side of the case's leg under way. */
  private ProcessInstance reception() {
    List<ProcessInstance> receptions = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RECEPTION_PROCESS_KEY).processInstanceBusinessKey(caseNumber).active().list();
    assertThat(receptions).as("running receptions of %s", caseNumber).hasSize(1);
    return receptions.get(0);
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

  private void assertRefused(Task task, Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> complete(task, variables))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).as("bad input behind %s", refusal)
            .isNotNull().hasMessageContaining(messagePart));
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    processEngine.getManagementService().executeJob(job.getId());
  }

}
