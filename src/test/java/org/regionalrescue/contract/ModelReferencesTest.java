package org.regionalrescue.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regionalrescue.contract.ProjectModels.Diagram;

/**
 * The rules of {@link ModelReferences} can fail: each finds exactly what a deliberately broken model under
 * {@code src/test/resources/contract/} gets wrong when it sits beside the project's own models (which
 * {@code ModelContractIT} holds to the same rules and which have no findings).
 */
class ModelReferencesTest {

  private static final Path BROKEN = Path.of("src/test/resources/contract");

  private final ModelReferences project = ModelReferences.ofProject();

  @Test
  void aMessageNoProcessThrowsNoCodeCorrelatesAndNoOutsiderSendsIsFound() {
    assertThat(withDiagram("message-without-sender.bpmn").messagesWithoutSender()).containsExactly(
        "message-without-sender.bpmn: Event_WaitForNobody waits for message NobodySendsThis, which no process throws,"
            + " no class under src/main/java correlates and no outside sender is listed");
  }

  @Test
  void messagesCorrelatedInCodeByAConstantOrThrownByAProcessHaveASender() {
    assertThat(project.messagesWithoutSender()).isEmpty();
    assertThat(ModelReferences.EXTERNAL_MESSAGES).doesNotContainKeys("EscortLegRequested", "EscortReceptionAnswered",
        "EscortHandoverConfirmed", "EscortLegWithdrawn");
  }

  @Test
  void anErrorCodeNothingThrowsIsFoundAndACatchAllIsNot() {
    assertThat(withDiagram("error-without-thrower.bpmn").errorsWithoutThrower()).containsExactly(
        "error-without-thrower.bpmn: Boundary_NeverThrown catches BPMN error nobody-throws-this, which no error end"
            + " event throws and no new BpmnError under src/main/java raises");
  }

  @Test
  void aDecisionAFormAndAListenerBeanThatDoNotExistAreFound() {
    ModelReferences broken = withDiagram("missing-references.bpmn");
    assertThat(broken.decisionsNotFound()).containsExactly("missing-references.bpmn: Task_Decide evaluates decision"
        + " no-such-decision, which no DMN file under processes/ defines");
    assertThat(broken.formsNotFound()).containsExactly(
        "missing-references.bpmn: Start_WithMissingForm uses form no-such-form, which is not under forms/");
    assertThat(broken.delegatesWithoutBean(Set.of("openCaseDelegate")::contains)).contains(
        "missing-references.bpmn: camunda:taskListener of Task_Check: no bean noSuchListener in the application");
  }

  @Test
  void decisionInputsTheCallingProcessDoesNotProvideAreFound() {
    ModelReferences broken = project.with(List.of(ProjectModels.diagram(BROKEN.resolve("decision-input-missing.bpmn"))),
        List.of(ProjectModels.decision(BROKEN.resolve("decision-input-missing.dmn"))));
    String prefix = "decision-input-missing.bpmn: Task_Decide evaluates decision contract-decision-input-missing, whose"
        + " input ";
    String suffix = ", which process contract-decision-input-missing does not provide (no form field, mapping,"
        + " caller's camunda:in, decision output or constant of ContractDecisionInputMissingVariables)";
    assertThat(broken.decisionInputsNotProvided()).containsExactlyInAnyOrder(
        prefix + "喜欢的颜色 (Input_Colour) reads favouriteColour" + suffix,
        prefix + "姓名 (Input_Name) reads person_name" + suffix,
        prefix + "距离 (Input_Distance) reads distanceKm" + suffix);
  }

  @Test
  void theVariablesAnInputExpressionReads() {
    assertThat(ModelReferences.variablesRead("age")).containsExactly("age");
    assertThat(ModelReferences.variablesRead(" visitCount + 1 ")).containsExactly("visitCount");
    assertThat(ModelReferences.variablesRead("distanceKm * 2 > limit and flag == true"))
        .containsExactly("distanceKm", "limit", "flag");
    assertThat(ModelReferences.variablesRead("person.age >= 18 && \"text\" != empty"))
        .containsExactly("person");
    assertThat(ModelReferences.variablesRead("dateTime().plusDays(days)")).containsExactly("days");
  }

  @Test
  void theProjectsVariablesClassesAreFoundByProcessId() {
    assertThat(ModelReferences.variablesClassOf("rescue-case")).isEqualTo("RescueCaseVariables");
    assertThat(ModelReferences.variablesClassOf("welfare-referral")).isEqualTo("WelfareReferralVariables");
  }

  private ModelReferences withDiagram(String file) {
    Diagram diagram = ProjectModels.diagram(BROKEN.resolve(file));
    return project.with(List.of(diagram), List.of());
  }
}
