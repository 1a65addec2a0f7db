package org.regionalrescue.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The diagrams under {@code processes/} and the forms under {@code forms/}, read from the project itself. */
final class ProjectModels {

  record Diagram(Path file, BpmnModelInstance model) {
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
    return files("processes", ".bpmn").stream().map(f -> new Diagram(f, Bpmn.readModelFromFile(f.toFile()))).toList();
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

  private static List<Path> files(String directory, String suffix) {
    try (Stream<Path> files = Files.walk(Path.of(directory))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
