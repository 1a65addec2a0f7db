package org.regionalrescue.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.process.escalation.EscalationVariables.AGE;
import static org.regionalrescue.process.escalation.EscalationVariables.CRITERIA_INPUTS;
import static org.regionalrescue.process.escalation.EscalationVariables.DECISION_KEY;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATE;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_REASON;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_SITUATION;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_STEP;
import static org.regionalrescue.process.escalation.EscalationVariables.HEALTH_FINDING;
import static org.regionalrescue.process.escalation.EscalationVariables.LACKS_CAPACITY;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.process.escalation.EscalationVariables.Reason;
import org.regionalrescue.process.escalation.EscalationVariables.Situation;
import org.regionalrescue.process.escalation.EscalationVariables.Step;
import org.regionalrescue.support.EngineTestSupport;

/**
 * Every row of the decision table {@code escalation-criteria} by its rule id (FIRST: the first matching row decides),
 * and the table's contract with {@code rescue-case}: it reads exactly the case's variables {@code escalationSituation},
 * {@code healthFinding}, {@code age}, {@code lacksCapacity}, and what it decides is valid input for {@code escalation}.
 */
@Deployment(resources = "processes/escalation-criteria.dmn")
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class EscalationCriteriaDecisionTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("Rule_HelpPeriodMissed", Map.of(ESCALATION_SITUATION, Situation.HELP_PERIOD_MISSED,
            HEALTH_FINDING, "mental-disorder", AGE, 12), true, Reason.MISSED_DEADLINE, Step.CARE),
        row("Rule_LongStayMentalDisorder", Map.of(ESCALATION_SITUATION, Situation.LONG_STAY,
            HEALTH_FINDING, "mental-disorder", LACKS_CAPACITY, true, AGE, 12), true, Reason.PSYCHIATRIC, Step.CARE),
        row("Rule_LongStayLacksCapacity", Map.of(ESCALATION_SITUATION, Situation.LONG_STAY, LACKS_CAPACITY, true,
            AGE, 12), true, Reason.HARD_IDENTIFICATION, Step.TRACING),
        row("Rule_LongStayChild", Map.of(ESCALATION_SITUATION, Situation.LONG_STAY, AGE, 15),
            true, Reason.HARD_IDENTIFICATION, Step.TRACING),
        row("Rule_LongStay", Map.of(ESCALATION_SITUATION, Situation.LONG_STAY, AGE, 16),
            true, Reason.HARD_IDENTIFICATION, Step.TRACING),
        row("Rule_LongStay", Map.of(ESCALATION_SITUATION, Situation.LONG_STAY, HEALTH_FINDING, "injury"),
            true, Reason.HARD_IDENTIFICATION, Step.TRACING),
        row("Rule_SettlementDue", Map.of(ESCALATION_SITUATION, Situation.SETTLEMENT_DUE, AGE, 8, LACKS_CAPACITY, true),
            true, Reason.SETTLEMENT_FILE, Step.SETTLEMENT),
        row("Rule_NoEscalation", Map.of(ESCALATION_SITUATION, Situation.CARE_REQUEST, HEALTH_FINDING, "mental-disorder",
            AGE, 10, LACKS_CAPACITY, true), false, "", ""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rows")
  void eachRowDecidesWhatThePolicySays(String ruleId, Map<String, Object> facts, boolean escalate, String reason,
      String step) {
    DmnDecisionResult result = evaluate(facts);

    assertThat(result.getSingleResult().getEntryMap()).containsEntry(ESCALATE, escalate)
        .containsEntry(ESCALATION_REASON, reason).containsEntry(ESCALATION_STEP, step);
    assertThat(latestEvaluation().getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .containsOnly(ruleId);
  }

  @Test
  void anUnknownAgeOrCapacityIsAnOrdinaryLongStay() {
    VariableMap facts = Variables.createVariables().putValue(ESCALATION_SITUATION, Situation.LONG_STAY)
        .putValue(HEALTH_FINDING, null).putValue(AGE, null).putValue(LACKS_CAPACITY, null);

    assertThat(processEngine.getDecisionService().evaluateDecisionByKey(DECISION_KEY).variables(facts).evaluate()
        .getSingleResult().getEntryMap()).containsEntry(ESCALATION_REASON, Reason.HARD_IDENTIFICATION);
    assertThat(latestEvaluation().getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .containsOnly("Rule_LongStay");
  }

  @Test
  void theTableReadsExactlyTheCasesVariablesAndDecidesValidEscalationInputs() {
    DmnModelInstance model = Dmn.readModelFromFile(new File("processes/escalation-criteria.dmn"));
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy()).isIn(HitPolicy.FIRST, HitPolicy.UNIQUE);
    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactlyInAnyOrderElementsOf(CRITERIA_INPUTS);
    assertThat(table.getInputs()).extracting(Input::getLabel)
        .allSatisfy(label -> assertThat(label).containsPattern("\\p{IsHan}"));
    assertThat(table.getOutputs()).extracting(Output::getName)
        .containsExactly(ESCALATE, ESCALATION_REASON, ESCALATION_STEP);

    // every row that escalates gives a reason and a step the escalation process accepts
    for (Rule rule : table.getRules()) {
      List<String> outputs = rule.getOutputEntries().stream().map(entry -> entry.getTextContent().strip()).toList();
      if (outputs.get(0).equals("true")) {
        assertThat(unquoted(outputs.get(1))).as(rule.getId()).isIn(Reason.ALL);
        assertThat(unquoted(outputs.get(2))).as(rule.getId()).isIn(Step.ALL);
      }
    }

    // evaluated with these four variables and nothing else, as rescue-case holds them
    VariableMap caseVariables = Variables.createVariables().putValue(ESCALATION_SITUATION, Situation.SETTLEMENT_DUE)
        .putValue(HEALTH_FINDING, "none").putValue(AGE, 40).putValue(LACKS_CAPACITY, false);
    assertThat(caseVariables.keySet()).containsExactlyInAnyOrderElementsOf(CRITERIA_INPUTS);
    assertThat(processEngine.getDecisionService().evaluateDecisionByKey(DECISION_KEY).variables(caseVariables)
        .evaluate().getSingleResult().getEntryMap()).containsEntry(ESCALATE, true)
        .containsEntry(ESCALATION_REASON, Reason.SETTLEMENT_FILE).containsEntry(ESCALATION_STEP, Step.SETTLEMENT);
  }

  private DmnDecisionResult evaluate(Map<String, Object> changes) {
    Map<String, Object> facts = new HashMap<>(Map.of(ESCALATION_SITUATION, Situation.CARE_REQUEST,
        HEALTH_FINDING, "none", AGE, 40, LACKS_CAPACITY, false));
    facts.putAll(changes);
    return processEngine.getDecisionService().evaluateDecisionByKey(DECISION_KEY).variables(facts).evaluate();
  }

  private HistoricDecisionInstance latestEvaluation() {
    return processEngine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_KEY)
        .includeOutputs().orderByEvaluationTime().desc().list().get(0);
  }

  private static String unquoted(String text) {
    return text.replaceAll("^\"|\"$", "");
  }

  private static Arguments row(String ruleId, Map<String, Object> facts, boolean escalate, String reason,
      String step) {
    return Arguments.of(ruleId, facts, escalate, reason, step);
  }
}
