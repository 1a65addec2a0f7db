package org.regionalrescue.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The coverage rule of the engine tests, per process: each process under {@code processes/} has one engine test
 * class named after it ({@code rescue-case} → {@code RescueCaseProcessTest}), and that class alone must pass through
 * at least {@link EngineTestSupport#MINIMUM_COVERAGE} of the process's elements (flow nodes and sequence flows,
 * counted as camunda-process-test-coverage counts them), or the class fails and with it the build.
 *
 * <p>Why not the library's own {@code assertClassCoverageAtLeast} alone: it measures a test class over every model
 * the class ran together (the process with its stand-ins and test callers), so small, fully covered stand-ins lift a
 * poorly covered process over the threshold, and a process that no class runs is never measured.
 */
public final class ProcessCoverage {

  private static final Pattern PROCESS_TEST = Pattern.compile("^([A-Z][A-Za-z0-9]*)ProcessTest$");
  private static final Pattern WORD = Pattern.compile("[A-Z][a-z0-9]*");

  private ProcessCoverage() {}

  /** {@code RescueCaseProcessTest} → {@code rescue-case}; null for a class that is not a process test. */
  public static String processKeyOf(Class<?> testClass) {
    return processKeyOf(testClass.getSimpleName());
  }

  /** {@code RescueCaseProcessTest} → {@code rescue-case}; null for a name that is not a process test's. */
  public static String processKeyOf(String testClassSimpleName) {
    Matcher name = PROCESS_TEST.matcher(testClassSimpleName);
    if (!name.matches()) {
      return null;
    }
    Matcher words = WORD.matcher(name.group(1));
    StringBuilder key = new StringBuilder();
    while (words.find()) {
      key.append(key.isEmpty() ? "" : "-").append(words.group().toLowerCase(Locale.ROOT));
    }
    return key.toString();
  }

  /** {@code rescue-case} → {@code RescueCaseProcessTest}, the engine test class that must cover the process. */
  public static String testClassNameOf(String processKey) {
    StringBuilder name = new StringBuilder();
    for (String word : processKey.split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.append("ProcessTest").toString();
  }

  /**
   * The elements of the process that coverage counts: its flow nodes (nested ones included) and the sequence flows
   * leaving them, as camunda-process-test-coverage 3.0.0 counts them.
   */
  public static Set<String> countedElements(String bpmnXml, String processKey) {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
    Set<FlowNode> nodes = model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> processKey.equals(processIdOf(node))).collect(Collectors.toSet());
    Set<String> counted = new TreeSet<>();
    nodes.forEach(node -> counted.add(node.getId()));
    model.getModelElementsByType(SequenceFlow.class).stream().filter(flow -> nodes.contains(flow.getSource()))
        .forEach(flow -> counted.add(flow.getId()));
    return counted;
  }

  /** The share of the counted elements that were passed. */
  public static double coverage(Set<String> counted, Set<String> passed) {
    return counted.isEmpty() ? 0 : (double) counted.stream().filter(passed::contains).count() / counted.size();
  }

  /**
   * Fails unless the process's test passed through at least {@code minimum} of its counted elements; the message
   * names the process, its test, the share and the elements never passed.
   */
  public static void assertCovered(String processKey, String bpmnXml, Set<String> passed, double minimum,
      String testClass) {
    Set<String> counted = countedElements(bpmnXml, processKey);
    double coverage = coverage(counted, passed);
    if (coverage < minimum) {
      Set<String> missed = new TreeSet<>(counted);
      missed.removeAll(passed);
      throw new AssertionError(String.format(Locale.ROOT,
          "process %s: %s covers %.1f%% of its %d flow nodes and sequence flows, below the %.0f%% every process"
              + " must reach (see target/process-test-coverage/); never passed: %s",
          processKey, testClass, coverage * 100, counted.size(), minimum * 100, missed));
    }
  }

  private static String processIdOf(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process.isExecutable() ? process.getId() : null;
      }
    }
    return null;
  }
}
