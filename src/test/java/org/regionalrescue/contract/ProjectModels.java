package org.regionalrescue.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The diagrams and decisions under {@code processes/}, the forms under {@code forms/} and the code under
 * {@code src/main/java}, read from the project itself; or single files from elsewhere (the broken models of
 * {@code src/test/resources/contract/}).
 */
final class ProjectModels {

  record Diagram(Path file, BpmnModelInstance model) {
    /** The file as written, for what the model API does not expose (expressions in listener attributes). */
    String text() {
      return read(file);
    }

    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  record DecisionModel(Path file, DmnModelInstance model) {
    Collection<Decision> decisions() {
      return model.getModelElementsByType(Decision.class);
    }

    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  record Form(Path file, JsonNode schema) {
    String id() {
      return schema.path("id").asText();
    }

    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProjectModels() {}

  static List<Diagram> diagrams() {
    return files("processes", ".bpmn").stream().map(ProjectModels::diagram).toList();
  }

  static List<DecisionModel> decisions() {
    return files("processes", ".dmn").stream().map(ProjectModels::decision).toList();
  }

  static List<Form> forms() {
    return files("forms", ".form").stream().map(f -> {
      try {
        return new Form(f, JSON.readTree(f.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("form is not valid JSON: " + f, e);
      }
    }).toList();
  }

  /** Every Java source file of the application, by path. */
  static Map<Path, String> javaSources() {
    Map<Path, String> sources = new LinkedHashMap<>();
    files("src/main/java", ".java").forEach(f -> sources.put(f, read(f)));
    return sources;
  }

  static Diagram diagram(Path file) {
    return new Diagram(file, Bpmn.readModelFromFile(file.toFile()));
  }

  static DecisionModel decision(Path file) {
    return new DecisionModel(file, Dmn.readModelFromFile(file.toFile()));
  }

  /** Every file of the models policy staff deploy: BPMN and DMN under processes/, forms under forms/. */
  static List<Path> deployableFiles() {
    return Stream.of(files("processes", ".bpmn"), files("processes", ".dmn"), files("forms", ".form"))
        .flatMap(List::stream).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(String directory, String suffix) {
    try (Stream<Path> files = Files.walk(Path.of(directory))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
