package org.regionalrescue.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-process coverage rule ({@link ProcessCoverage}): it fails a process that its test covers below 90%, names
 * what was never passed, and every process under {@code processes/} has the engine test class the rule measures.
 */
class ProcessCoverageTest {

  private static final Path TWO_PATHS = Path.of("src/test/resources/contract/coverage-two-paths.bpmn");
  private static final Set<String> PATH_A =
      Set.of("Start", "Flow_ToChoice", "Gateway_Choice", "Flow_ToA", "Task_A", "Flow_AToEnd", "End_A");
  private static final Set<String> PATH_B =
      Set.of("Start", "Flow_ToChoice", "Gateway_Choice", "Flow_ToB", "Task_B", "Flow_BToEnd", "End_B");

  @Test
  void processTestClassesAreNamedAfterTheirProcess() {
    assertThat(ProcessCoverage.processKeyOf("RescueCaseProcessTest")).isEqualTo("rescue-case");
    assertThat(ProcessCoverage.processKeyOf("ReturnFollowUpProcessTest")).isEqualTo("return-follow-up");
    assertThat(ProcessCoverage.processKeyOf("EscortProcessTest")).isEqualTo("escort");
    assertThat(ProcessCoverage.processKeyOf("WelfareSchemeDecisionTest")).isNull();
    assertThat(ProcessCoverage.processKeyOf("ModelContractIT")).isNull();
    assertThat(ProcessCoverage.testClassNameOf("return-follow-up")).isEqualTo("ReturnFollowUpProcessTest");
  }

  @Test
  void theCountedElementsAreTheFlowNodesAndTheSequenceFlowsLeavingThem() throws IOException {
    assertThat(ProcessCoverage.countedElements(twoPaths(), "coverage-two-paths")).hasSize(11)
        .containsAll(PATH_A).containsAll(PATH_B);
  }

  @Test
  void aProcessCoveredBelowTheMinimumFailsWithWhatWasNeverPassed() throws IOException {
    assertThat(ProcessCoverage.coverage(ProcessCoverage.countedElements(twoPaths(), "coverage-two-paths"), PATH_A))
        .isEqualTo(7.0 / 11);
    assertThatThrownBy(() -> ProcessCoverage.assertCovered("coverage-two-paths", twoPaths(), PATH_A,
        EngineTestSupport.MINIMUM_COVERAGE, "CoverageTwoPathsProcessTest"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("process coverage-two-paths: CoverageTwoPathsProcessTest covers 63.6% of its 11")
        .hasMessageContaining("below the 90%")
        .hasMessageContaining("never passed: [End_B, Flow_BToEnd, Flow_ToB, Task_B]");
  }

  @Test
  void aProcessCoveredOnEveryPathPasses() throws IOException {
    Set<String> both = Stream.concat(PATH_A.stream(), PATH_B.stream()).collect(Collectors.toSet());
    assertThatCode(() -> ProcessCoverage.assertCovered("coverage-two-paths", twoPaths(), both,
        EngineTestSupport.MINIMUM_COVERAGE, "CoverageTwoPathsProcessTest")).doesNotThrowAnyException();
  }

  @Test
  void everyProcessHasAnEngineTestNamedAfterItThatTheCoverageRuleMeasures() throws Exception {
    Map<String, Path> testClasses;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      testClasses = files.filter(f -> f.getFileName().toString().endsWith("ProcessTest.java"))
          .collect(Collectors.toMap(f -> f.getFileName().toString().replace(".java", ""), Function.identity()));
    }
    List<String> processIds;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      processIds = files.filter(f -> f.toString().endsWith(".bpmn")).sorted()
          .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(Process.class).stream())
          .map(Process::getId).toList();
    }
    assertThat(processIds).isNotEmpty();
    for (String processId : processIds) {
      String className = ProcessCoverage.testClassNameOf(processId);
      assertThat(testClasses).as("process %s needs an engine test class %s", processId, className)
          .containsKey(className);
      String name = Path.of("src/test/java").relativize(testClasses.get(className)).toString()
          .replace(".java", "").replace('/', '.');
      ExtendWith extensions = Class.forName(name).getAnnotation(ExtendWith.class);
      assertThat(extensions).as("%s carries @ExtendWith(EngineTestSupport.FreshCoverageModels.class)", className)
          .isNotNull();
      assertThat(Arrays.asList(extensions.value())).as("%s extensions", className)
          .contains(EngineTestSupport.FreshCoverageModels.class);
    }
  }

  private static String twoPaths() throws IOException {
    return Files.readString(TWO_PATHS, StandardCharsets.UTF_8);
  }
}
