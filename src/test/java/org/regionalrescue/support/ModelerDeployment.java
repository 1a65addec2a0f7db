package org.regionalrescue.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A deployment sent to {@code POST /engine-rest/deployment/create} exactly as Camunda Modeler 5 sends it for
 * Camunda 7 ({@code CamundaAPI.deployDiagram} of the Modeler): the fields {@code deployment-name},
 * {@code deployment-source = Camunda Modeler} and {@code enable-duplicate-filtering = true}, the diagram as a file
 * part named after its file ({@code text/xml}), then each file the user added in the deploy dialog ("additional
 * files") as a file part named after it. A diagram whose user tasks use {@code camunda:formRefBinding="deployment"}
 * and whose business rule tasks use {@code decisionRefBinding="deployment"} needs its forms and decision tables in
 * the same deployment: {@link #withWhatTheDiagramReferences()} adds them from {@code forms/} and {@code processes/}.
 *
 * <p>Modeler 5 sends no {@code deploy-changed-only}: Modeler 4.7 dropped it because with it the engine leaves out
 * every unchanged file, so a changed diagram was deployed without the forms bound to its deployment. A script that
 * deploys with curl must not send it either; {@link #deployChangedOnly()} exists to show what goes wrong.
 */
public final class ModelerDeployment {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private final String name;
  private final String diagramFileName;
  private final String diagramXml;
  private final Map<String, byte[]> attachments = new LinkedHashMap<>();
  private boolean deployChangedOnly;

  private ModelerDeployment(String name, String diagramFileName, String diagramXml) {
    this.name = name;
    this.diagramFileName = diagramFileName;
    this.diagramXml = diagramXml;
  }

  /** The diagram as the Modeler holds it (file name and XML); the deployment name is the one typed in the dialog. */
  public static ModelerDeployment of(String deploymentName, String diagramFileName, String diagramXml) {
    return new ModelerDeployment(deploymentName, diagramFileName, diagramXml);
  }

  /** A file added in the deploy dialog. */
  public ModelerDeployment attach(String fileName, byte[] contents) {
    attachments.put(fileName, contents);
    return this;
  }

  public ModelerDeployment attach(Path file) {
    try {
      return attach(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Attaches every form under {@code forms/} that the diagram names in a {@code camunda:formRef} and every DMN file
   * under {@code processes/} that defines a decision it names in a {@code camunda:decisionRef}, unless a file of that
   * name is attached already.
   */
  public ModelerDeployment withWhatTheDiagramReferences() {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(diagramXml.getBytes(StandardCharsets.UTF_8)));
    Set<String> formIds = new LinkedHashSet<>();
    collectFormRefs(model.getDocument().getRootElement(), formIds);
    Set<String> decisionIds = new LinkedHashSet<>();
    model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef)
        .filter(java.util.Objects::nonNull).forEach(decisionIds::add);
    for (Path form : files("forms", ".form")) {
      if (formIds.contains(formId(form)) && !attachments.containsKey(form.getFileName().toString())) {
        attach(form);
      }
    }
    for (Path dmn : files("processes", ".dmn")) {
      boolean referenced = Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class).stream()
          .anyMatch(decision -> decisionIds.contains(decision.getId()));
      if (referenced && !attachments.containsKey(dmn.getFileName().toString())) {
        attach(dmn);
      }
    }
    return this;
  }

  /** Adds {@code deploy-changed-only=true}, which Camunda Modeler 5 does not send (see the class comment). */
  public ModelerDeployment deployChangedOnly() {
    deployChangedOnly = true;
    return this;
  }

  /** The file names in the request, the diagram first. */
  public Set<String> fileNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(diagramFileName);
    names.addAll(attachments.keySet());
    return names;
  }

  /** Sends it with HTTP Basic as {@code userId} (demo password). */
  public ResponseEntity<Map<String, Object>> sendAs(TestRestTemplate http, String userId) {
    return send(http.withBasicAuth(userId, DemoUsers.PASSWORD));
  }

  public ResponseEntity<Map<String, Object>> send(TestRestTemplate http) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    if (deployChangedOnly) {
      body.add("deploy-changed-only", "true");
    }
    body.add(diagramFileName, filePart(diagramFileName, diagramXml.getBytes(StandardCharsets.UTF_8),
        MediaType.TEXT_XML));
    attachments.forEach((fileName, contents) ->
        body.add(fileName, filePart(fileName, contents, MediaType.APPLICATION_OCTET_STREAM)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response =
        http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(json(response.getBody()));
  }

  /** The answer as a map; a body that is not JSON (a 401 page) as {@code {"body": ...}}. */
  private static Map<String, Object> json(String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return body == null ? Map.of() : Map.of("body", body);
    }
    try {
      return JSON.readValue(body, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpEntity<byte[]> filePart(String fileName, byte[] contents, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.formData().name(fileName).filename(fileName).build());
    headers.setContentType(type);
    return new HttpEntity<>(contents, headers);
  }

  private static void collectFormRefs(DomElement element, Set<String> formIds) {
    String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
    if (formRef != null) {
      formIds.add(formRef);
    }
    element.getChildElements().forEach(child -> collectFormRefs(child, formIds));
  }

  private static String formId(Path form) {
    try {
      JsonNode schema = JSON.readTree(form.toFile());
      return schema.path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.List<Path> files(String directory, String suffix) {
    try (Stream<Path> files = Files.list(Path.of(directory))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
