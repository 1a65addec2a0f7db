package org.regionalrescue.process.returnhome;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.badInputBehind;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.AGE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASE_AGENCY;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASE_NUMBER;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASH_RECEIPT_SIGNED;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.DEPARTURE_TIME;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.DIRECT_LINE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHED_AT;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_ID_COPY_KEPT;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_RELATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.LACKS_CAPACITY;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.PROCESS_KEY;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.RETURN_MODE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.RETURN_OUTCOME;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.SPECIAL_DIFFICULTY;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TICKET_DESTINATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TICKET_NUMBER;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRANSFER_STATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_CASH;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_MODE;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
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
import org.regionalrescue.casefile.InvalidIdNumberException;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.Activities;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.FetcherRelation;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.ReturnMode;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.ReturnOutcome;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.TravelMode;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/return-home.bpmn",
    "forms/return-choose-mode.form",
    "forms/return-provide-ticket.form",
    "forms/return-verify-fetcher.form",
    "standins/escort.bpmn"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class ReturnHomeProcessTest {

  private static final String AGENCY = "qingshan";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;
  private String caseNumber;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkReturnModeListener", new CheckReturnModeListener());
    EngineTestSupport.register("checkTicketListener", new CheckTicketListener());
    EngineTestSupport.register("checkFetcherListener", new CheckFetcherListener(EngineTestSupport.caseFiles()));
    EngineTestSupport.register("recordTicketReceiptDelegate",
        new RecordTicketReceiptDelegate(EngineTestSupport.caseRecords()));
    EngineTestSupport.register("recordFetchDelegate", new RecordFetchDelegate(EngineTestSupport.caseRecords()));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-10T09:00:00+08:00").toInstant()));
    caseNumber = openCase();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ---- self-return

  @Test
  void anAdultGoesHomeAloneWithATicketAndAFewYuanAgainstASignedReceipt() {
    ProcessInstance returnHome = start(34, false, false);

    assertThat(returnHome).isWaitingAt(Activities.CHOOSE_RETURN_MODE);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"return-choose-mode\"");
    complete(task(), withVariables(RETURN_MODE, ReturnMode.SELF_RETURN));

    assertThat(returnHome).isWaitingAt(Activities.PROVIDE_TICKET);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"return-provide-ticket\"");
    complete(task(), ticket(false, "郑州站", 15.5, true));

    assertThat(returnHome).isWaitingAt(Activities.RECORD_TICKET_RECEIPT);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
    execute(job());

    assertThat(returnHome).isEnded().hasPassed("End_SelfReturned");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.TICKET_RECEIPT);
    assertThat(historicValue(returnHome, RETURN_OUTCOME)).isEqualTo(ReturnOutcome.SELF_RETURN);
  }

  @Test
  void cashOverTwentyYuanOrWithoutSignedReceiptIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance returnHome = start(52, false, false);
    complete(task(), withVariables(RETURN_MODE, ReturnMode.SELF_RETURN));
    Task ticket = task();

    assertRefused(ticket, ticket(true, null, 25, true), "最多20元");
    assertRefused(ticket, ticket(true, null, 20.01, true), "最多20元");
    assertRefused(ticket, ticket(true, null, 10, false), "本人签收");
    assertRefused(ticket, ticket(true, null, -5, true), "不能为负数");
    assertRefused(ticket, ticket(false, null, null, false), "中转站");

    assertThat(returnHome).isWaitingAt(Activities.PROVIDE_TICKET);
    assertThat(processEngine.getRuntimeService().getVariable(returnHome.getId(), TRAVEL_CASH)).isNull();

    complete(ticket, ticket(true, null, 20, true));
    execute(job());
    assertThat(returnHome).isEnded().hasPassed("End_SelfReturned");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.TICKET_RECEIPT);
  }

  @Test
  void aTicketWithoutCashNeedsNoReceipt() {
    ProcessInstance returnHome = start(40, false, false);
    complete(task(), withVariables(RETURN_MODE, ReturnMode.SELF_RETURN));
    complete(task(), ticket(true, null, null, false));
    execute(job());
    assertThat(returnHome).isEnded().hasPassed("End_SelfReturned");
  }

  // ---- who may not go alone

  @Test
  void aFifteenYearOldIsNeverSentHomeAlone() {
    ProcessInstance returnHome = start(15, false, false);
    assertSelfReturnRefused(returnHome, "未满16周岁");

    complete(task(), withVariables(RETURN_MODE, ReturnMode.FETCHED));
    assertThat(returnHome).isWaitingAt(Activities.VERIFY_FETCHER);
  }

  @Test
  void aPersonLackingCapacityIsNeverSentHomeAlone() {
    ProcessInstance returnHome = start(45, true, false);
    assertSelfReturnRefused(returnHome, "无民事行为能力");

    complete(task(), withVariables(RETURN_MODE, ReturnMode.ESCORT));
    assertThat(returnHome).isWaitingAt(Activities.ESCORT);
    execute(job());
  }

  @Test
  void aSpecialDifficultyClientIsNeverSentHomeAlone() {
    ProcessInstance returnHome = start(61, false, true);
    assertSelfReturnRefused(returnHome, "特殊困难人员");
  }

  @Test
  void withoutTheFactsThatAllowItNobodyIsSentHomeAlone() {
    ProcessInstance returnHome = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
    assertThat(returnHome).isStarted();
    assertSelfReturnRefused(returnHome, "年龄不明");

    processEngine.getRuntimeService().setVariable(returnHome.getId(), AGE, 30);
    assertSelfReturnRefused(returnHome, "民事行为能力");
    processEngine.getRuntimeService().setVariable(returnHome.getId(), LACKS_CAPACITY, false);
    assertSelfReturnRefused(returnHome, "特殊困难人员");
  }

  @Test
  void anUnknownReturnModeIsRefused() {
    ProcessInstance returnHome = start(30, false, false);
    assertRefused(task(), Map.of(), "请选择返回方式");
    assertRefused(task(), Map.of(RETURN_MODE, "walk"), "请选择返回方式");
    assertThat(returnHome).isWaitingAt(Activities.CHOOSE_RETURN_MODE);
  }

  // ---- fetched by family or employer

  @Test
  void aParentWithAValidIdFetchesAMinorAndTheFetchIsRecordedOnce() {
    ProcessInstance returnHome = start(15, false, false);
    complete(task(), withVariables(RETURN_MODE, ReturnMode.FETCHED));
    assertThat(returnHome).isWaitingAt(Activities.VERIFY_FETCHER);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task())).contains("\"id\": \"return-verify-fetcher\"");
    Task verify = task();

    String validId = idNumber("19800515");
    String mistyped = validId.substring(0, 17) + (validId.charAt(17) == '0' ? '1' : '0');
    assertThatThrownBy(() -> processEngine.getTaskService().complete(verify.getId(),
        fetcher(FetcherRelation.PARENT, mistyped, true)))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).isInstanceOf(InvalidIdNumberException.class)
            .hasMessageContaining("校验位").hasMessageNotContaining(mistyped));
    assertThat(task().getId()).isEqualTo(verify.getId());
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).doesNotContainKeys("fetcherIdNumber", "fetcherName");

    assertRefused(verify, fetcher(FetcherRelation.EMPLOYER, validId, true), "只能交由监护人或亲属接领");
    assertRefused(verify, fetcher(FetcherRelation.PARENT, validId, false), "复印件");
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).doesNotContainKeys("fetcherIdNumber", "fetcherName");
    assertThat(processEngine.getRuntimeService().getVariable(returnHome.getId(), FETCHER_RELATION)).isNull();

    complete(verify, fetcher(FetcherRelation.PARENT, validId, true));
    assertThat(returnHome).isWaitingAt(Activities.RECORD_FETCH);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber))
        .containsEntry("fetcherIdNumber", validId).containsEntry("fetcherName", "测试人乙");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(returnHome.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
    execute(job());

    assertThat(returnHome).isEnded().hasPassed("End_Fetched");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.FETCH_RECORD);
    assertThat(historicValue(returnHome, RETURN_OUTCOME)).isEqualTo(ReturnOutcome.FETCHED);
  }

  @Test
  void anEmployerMayFetchAnAdultButNotWithoutNameAndIdNumber() {
    ProcessInstance returnHome = start(38, false, true);
    complete(task(), withVariables(RETURN_MODE, ReturnMode.FETCHED));
    Task verify = task();

    assertRefused(verify, Map.of(FETCHER_RELATION, FetcherRelation.EMPLOYER, FETCHER_ID_COPY_KEPT, true),
        "接领人姓名和身份证号码");

    complete(verify, fetcher(FetcherRelation.EMPLOYER, idNumber("19751102"), true));
    execute(job());
    assertThat(returnHome).isEnded().hasPassed("End_Fetched");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.FETCH_RECORD);
  }

  // ---- escort

  @Test
  void whenNobodyFetchesThePersonIsEscortedUnderTheSameCase() {
    ProcessInstance returnHome = start(70, false, true);
    complete(task(), withVariables(RETURN_MODE, ReturnMode.ESCORT));
    assertThat(returnHome).isWaitingAt(Activities.ESCORT);
    execute(job());

    ProcessInstance escort = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(returnHome.getId()).singleResult();
    assertThat(escort).isNotNull();
    assertThat(escort.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(escort).variables().containsEntry(CASE_NUMBER, caseNumber).containsEntry(CASE_AGENCY, AGENCY)
        .containsEntry("age", 70).containsEntry("lacksCapacity", false);
    assertThat(task()).hasCandidateGroup("qingshan-caseworker");
    complete(task());

    assertThat(returnHome).isEnded().hasPassed(Activities.ESCORT, "End_Escorted");
    assertThat(historicValue(returnHome, RETURN_OUTCOME)).isEqualTo(ReturnOutcome.ESCORTED);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void aCancelledOrAbandonedEscortIsReportedAsSuch() {
    for (String escortOutcome : java.util.List.of("cancelled", "abandoned")) {
      ProcessInstance returnHome = start(40, false, false);
      complete(task(returnHome), withVariables(RETURN_MODE, ReturnMode.ESCORT));
      execute(job(returnHome));
      ProcessInstance escort = processEngine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(returnHome.getId()).singleResult();
      complete(task(escort), withVariables("escortOutcome", escortOutcome));

      assertThat(historicValue(returnHome, RETURN_OUTCOME)).isEqualTo("escort-" + escortOutcome);
    }
  }

  // ---- helpers

  private ProcessInstance start(int age, boolean lacksCapacity, boolean specialDifficulty) {
    ProcessInstance returnHome = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY, AGE, age, LACKS_CAPACITY, lacksCapacity,
            SPECIAL_DIFFICULTY, specialDifficulty));
    assertThat(returnHome).isStarted();
    return returnHome;
  }

  private void assertSelfReturnRefused(ProcessInstance returnHome, String reason) {
    Task choose = task(returnHome);
    assertRefused(choose, Map.of(RETURN_MODE, ReturnMode.SELF_RETURN), reason);
    assertRefused(choose, Map.of(RETURN_MODE, ReturnMode.SELF_RETURN), "请选择亲属或单位接领，或者护送返回");
    assertThat(returnHome).isWaitingAt(Activities.CHOOSE_RETURN_MODE);
    assertThat(task(returnHome).getId()).isEqualTo(choose.getId());
    assertThat(processEngine.getRuntimeService().getVariable(returnHome.getId(), RETURN_MODE)).isNull();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(returnHome.getId()).variableName(RETURN_MODE).count()).isZero();
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  private static Map<String, Object> ticket(boolean directLine, String transferStation, Number cash,
      boolean receiptSigned) {
    Map<String, Object> ticket = new HashMap<>();
    ticket.put(TICKET_DESTINATION, "信阳站");
    ticket.put(TRAVEL_MODE, TravelMode.TRAIN);
    ticket.put(TICKET_NUMBER, "K1234次 08车 15号");
    ticket.put(DEPARTURE_TIME, "2026-03-10T14:20:00+08:00");
    ticket.put(DIRECT_LINE, directLine);
    ticket.put(TRANSFER_STATION, transferStation);
    ticket.put(TRAVEL_CASH, cash);
    ticket.put(CASH_RECEIPT_SIGNED, receiptSigned);
    return ticket;
  }

  private static Map<String, Object> fetcher(String relation, String idNumber, boolean copyKept) {
    return Map.of(FETCHER_RELATION, relation, PersonalFields.FETCHER_NAME, "测试人乙",
        PersonalFields.FETCHER_ID_NUMBER, idNumber, FETCHER_ID_COPY_KEPT, copyKept,
        FETCHED_AT, "2026-03-10T15:00:00+08:00");
  }

  /** A fictional resident ID number: region 110101, the birth date, sequence 123 and the GB 11643 check character. */
  private static String idNumber(String birthDate) {
    String first17 = "110101" + birthDate + "123";
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char[] checkCharacters = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + checkCharacters[sum % 11];
  }

  /** A real case of the demo agency, opened as 立案编号 opens it, so the case file exists. */
  private String openCase() {
    return new CaseRegistry(EngineTestSupport.organisation(),
        new StaffAgencies(processEngine.getIdentityService(), EngineTestSupport.organisation()),
        new CaseNumbers(EngineTestSupport.dataSource()), EngineTestSupport.caseFiles())
        .open(AGENCY, null).caseNumber();
  }
}
