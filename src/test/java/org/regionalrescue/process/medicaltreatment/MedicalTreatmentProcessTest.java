package org.regionalrescue.process.medicaltreatment;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.ADMISSION_DATE;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.CASE_AGENCY;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.CASE_NUMBER;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.COST_AMOUNT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.COST_FUND;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.DEPARTURE_NOTE;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.DISCHARGE_CERTIFICATE_NUMBER;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.DISCHARGE_DATE;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.HOSPITAL_ESCORT_STAFF;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.HOSPITAL_NAME;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.LEFT_HOSPITAL_AT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MEDICAL_OUTCOME;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MEDICAL_REASON;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.PROCESS_KEY;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.SENT_TO_HOSPITAL_AT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.TREATMENT_STATUS;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.WARD;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.regionalrescue.casefile.CaseRegistry;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.Activities;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.CostFund;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MedicalOutcome;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MedicalReason;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.TreatmentStatus;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/medical-treatment.bpmn",
    "forms/medical-send-to-hospital.form",
    "forms/medical-record-admission.form",
    "forms/medical-record-treatment-update.form",
    "forms/medical-record-discharge.form",
    "forms/medical-record-costs.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class MedicalTreatmentProcessTest {

  private static final String AGENCY = "qingshan";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;
  private String caseNumber;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkMedicalAnswersListener", new CheckMedicalAnswersListener());
    EngineTestSupport.register("recordUnannouncedDepartureDelegate",
        new RecordUnannouncedDepartureDelegate(EngineTestSupport.caseRecords()));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-02T09:30:00+08:00").toInstant()));
    caseNumber = openCase();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void afterTreatmentTheHospitalDischargesThePersonBackToTheStationAndTheCostsAreCharged() {
    ProcessInstance treatment = start(MedicalReason.CRITICAL_ILLNESS);

    assertThat(treatment).isWaitingAt(Activities.SEND_TO_HOSPITAL);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"medical-send-to-hospital\"");
    sendToHospitalAndAdmit();

    assertThat(treatment).isWaitingAt(Activities.RECORD_TREATMENT_UPDATE);
    assertThat(deployedFormOf(task())).contains("\"id\": \"medical-record-treatment-update\"");
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.IN_TREATMENT,
        PersonalFields.HEALTH_NOTES, "病情稳定，继续观察"));
    assertThat(treatment).isWaitingAt(Activities.RECORD_TREATMENT_UPDATE);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "病情稳定，继续观察");

    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.DISCHARGED));
    assertThat(treatment).isWaitingAt(Activities.RECORD_DISCHARGE);
    assertThat(deployedFormOf(task())).contains("\"id\": \"medical-record-discharge\"");
    complete(task(), withVariables(DISCHARGE_CERTIFICATE_NUMBER, "CY-2026-0318", DISCHARGE_DATE, "2026-03-18",
        MEDICAL_OUTCOME, MedicalOutcome.RETURNED_TO_STATION));

    assertThat(treatment).isWaitingAt(Activities.RECORD_MEDICAL_COSTS);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"medical-record-costs\"");
    complete(task(), withVariables(COST_AMOUNT, 3280.5, COST_FUND, CostFund.MEDICAL_INSURANCE));

    assertThat(treatment).isEnded().hasPassed("End_MedicalTreatmentDone")
        .hasNotPassed(Activities.RECORD_UNANNOUNCED_DEPARTURE);
    assertThat(historicValue(treatment, MEDICAL_OUTCOME)).isEqualTo(MedicalOutcome.RETURNED_TO_STATION);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void aPersonDischargedHomeWithoutIdHasTheCostsChargedToTheDiseaseEmergencyFund() {
    ProcessInstance treatment = start(MedicalReason.INJURY);
    sendToHospitalAndAdmit();
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.DISCHARGED));
    complete(task(), withVariables(DISCHARGE_CERTIFICATE_NUMBER, "CY-2026-0320", DISCHARGE_DATE, "2026-03-20",
        MEDICAL_OUTCOME, MedicalOutcome.WENT_HOME));
    complete(task(), withVariables(COST_AMOUNT, 12800, COST_FUND, CostFund.DISEASE_EMERGENCY_FUND));

    assertThat(treatment).isEnded();
    assertThat(historicValue(treatment, MEDICAL_OUTCOME)).isEqualTo(MedicalOutcome.WENT_HOME);
    assertThat(historicValue(treatment, COST_FUND)).isEqualTo(CostFund.DISEASE_EMERGENCY_FUND);
  }

  @Test
  void leavingHospitalWithoutFormalitiesIsRecordedOnceAndMeansGivingUpHelp() {
    ProcessInstance treatment = start(MedicalReason.MENTAL_DISORDER);
    sendToHospitalAndAdmit();
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.IN_TREATMENT));

    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.LEFT_WITHOUT_FORMALITIES,
        LEFT_HOSPITAL_AT, "2026-03-05T06:15:00+08:00", DEPARTURE_NOTE, "查房时发现不在病房，医院已寻找并报告派出所"));
    assertThat(treatment).isWaitingAt(Activities.RECORD_UNANNOUNCED_DEPARTURE);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
    execute(job());

    assertThat(treatment).isWaitingAt(Activities.RECORD_MEDICAL_COSTS);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactly(CaseRecordType.UNANNOUNCED_DEPARTURE);
    assertThat(processEngine.getRuntimeService().getVariable(treatment.getId(), MEDICAL_OUTCOME))
        .isEqualTo(MedicalOutcome.LEFT_WITHOUT_FORMALITIES);

    assertThat(treatment).isWaitingAt(Activities.RECORD_MEDICAL_COSTS);
    complete(task(), withVariables(COST_AMOUNT, 460, COST_FUND, CostFund.MEDICAL_ASSISTANCE));
    assertThat(treatment).isEnded().hasPassed(Activities.RECORD_UNANNOUNCED_DEPARTURE, "End_MedicalTreatmentDone")
        .hasNotPassed(Activities.RECORD_DISCHARGE);
    assertThat(historicValue(treatment, MEDICAL_OUTCOME)).isEqualTo(MedicalOutcome.LEFT_WITHOUT_FORMALITIES);
  }

  @Test
  void healthNotesGoIntoTheCaseFileAndNeverIntoTheProcessOrItsHistory() {
    ProcessInstance treatment = start(MedicalReason.INFECTIOUS_DISEASE);
    sendToHospitalAndAdmit();

    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "入院诊断：肺部感染");
    assertThat(processEngine.getRuntimeService().getVariables(treatment.getId()))
        .doesNotContainKey(PersonalFields.HEALTH_NOTES).containsEntry(WARD, "内科三病区12床");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(treatment.getId()).variableName(PersonalFields.HEALTH_NOTES).count()).isZero();

    // a blank update keeps what the file holds
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.IN_TREATMENT, PersonalFields.HEALTH_NOTES, ""));
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "入院诊断：肺部感染");
  }

  @Test
  void aTreatmentUpdateWithoutAKnownStatusOrADepartureWithoutItsTimeIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance treatment = start(MedicalReason.SUDDEN_ILLNESS);
    sendToHospitalAndAdmit();
    Task update = task();

    assertRefused(update, Map.of(), "请选择治疗情况");
    assertRefused(update, Map.of(TREATMENT_STATUS, "recovered"), "请选择治疗情况");
    assertRefused(update, Map.of(TREATMENT_STATUS, TreatmentStatus.LEFT_WITHOUT_FORMALITIES), "发现离院的时间");

    assertThat(treatment).isWaitingAt(Activities.RECORD_TREATMENT_UPDATE);
    assertThat(task().getId()).isEqualTo(update.getId());
    assertThat(processEngine.getRuntimeService().getVariable(treatment.getId(), TREATMENT_STATUS)).isNull();
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void aDischargeWithoutCertificateOrWithAnotherOutcomeIsRefused() {
    ProcessInstance treatment = start(MedicalReason.CRITICAL_ILLNESS);
    sendToHospitalAndAdmit();
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.DISCHARGED));
    Task discharge = task();

    assertRefused(discharge, Map.of(MEDICAL_OUTCOME, MedicalOutcome.WENT_HOME), "出院证明编号");
    assertRefused(discharge, Map.of(DISCHARGE_CERTIFICATE_NUMBER, "CY-1",
        MEDICAL_OUTCOME, MedicalOutcome.LEFT_WITHOUT_FORMALITIES), "出院去向");

    assertThat(treatment).isWaitingAt(Activities.RECORD_DISCHARGE);
    assertThat(processEngine.getRuntimeService().getVariable(treatment.getId(), MEDICAL_OUTCOME)).isNull();
  }

  @Test
  void costsNeedAKnownFundAndAnAmountThatIsNotNegative() {
    ProcessInstance treatment = start(MedicalReason.INJURY);
    sendToHospitalAndAdmit();
    complete(task(), withVariables(TREATMENT_STATUS, TreatmentStatus.DISCHARGED));
    complete(task(), withVariables(DISCHARGE_CERTIFICATE_NUMBER, "CY-2", DISCHARGE_DATE, "2026-03-09",
        MEDICAL_OUTCOME, MedicalOutcome.RETURNED_TO_STATION));
    Task costs = task();

    assertRefused(costs, Map.of(COST_AMOUNT, 100, COST_FUND, "family"), "列支渠道");
    assertRefused(costs, Map.of(COST_AMOUNT, -1, COST_FUND, CostFund.RESCUE_STATION_BUDGET), "不能为负数");
    assertRefused(costs, Map.of(COST_AMOUNT, "100元", COST_FUND, CostFund.RESCUE_STATION_BUDGET), "费用金额");

    complete(costs, withVariables(COST_AMOUNT, 0, COST_FUND, CostFund.RESCUE_STATION_BUDGET));
    assertThat(treatment).isEnded();
  }

  /** Starts the process as the case's call activity does; later task() calls look into this instance. */
  private ProcessInstance start(String medicalReason) {
    ProcessInstance treatment = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY, MEDICAL_REASON, medicalReason));
    assertThat(treatment).isStarted();
    return treatment;
  }

  private void sendToHospitalAndAdmit() {
    complete(task(), withVariables(HOSPITAL_NAME, "青山市第一人民医院", HOSPITAL_ESCORT_STAFF, "王工作员、李工作员",
        SENT_TO_HOSPITAL_AT, "2026-03-02T10:15:00+08:00"));
    assertThat(deployedFormOf(task())).contains("\"id\": \"medical-record-admission\"");
    complete(task(), withVariables(ADMISSION_DATE, "2026-03-02", WARD, "内科三病区12床",
        PersonalFields.HEALTH_NOTES, "入院诊断：肺部感染"));
  }

  /** A real case of the demo agency, opened as 立案编号 opens it, so the case file exists. */
  private String openCase() {
    return new CaseRegistry(EngineTestSupport.organisation(),
        new StaffAgencies(processEngine.getIdentityService(), EngineTestSupport.organisation()),
        new CaseNumbers(EngineTestSupport.dataSource()), EngineTestSupport.caseFiles())
        .open(AGENCY, null).caseNumber();
  }
}
