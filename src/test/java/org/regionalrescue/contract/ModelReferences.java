package org.regionalrescue.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.regionalrescue.contract.ProjectModels.Diagram;
import org.regionalrescue.contract.ProjectModels.DecisionModel;
import org.regionalrescue.contract.ProjectModels.Form;

/**
 * What the diagrams refer to, and whether it exists: messages a process waits for, BPMN errors it catches, decisions,
 * forms and delegate beans it names, and the variables the decisions it evaluates read. Each rule returns its findings, one line
 * each (file, element id, what is missing); the project's models must have none ({@code ModelContractIT}), and a
 * deliberately broken model under {@code src/test/resources/contract/} must be found ({@code ModelReferencesTest}).
 *
 * <p><b>Messages.</b> Every message a process waits for (a message start, intermediate or boundary event, a receive
 * task) has a sender: another process throws it (a message end or throw event, a send task), or a class under
 * {@code src/main/java} correlates it (the file calls {@code createMessageCorrelation}, {@code correlateMessage} or
 * {@code startProcessInstanceByMessage} and names the message, as a literal or by a constant whose value it is), or
 * it comes from outside over {@code POST /engine-rest/message} and is listed in {@link #EXTERNAL_MESSAGES} with who
 * sends it.
 *
 * <p><b>Errors.</b> Every BPMN error code caught (a boundary error event or an error start event naming an error
 * with a code) has a thrower: an error end event of some process with that code, or {@code new BpmnError(...)} under
 * {@code src/main/java} with the code as a literal or as a constant whose value it is. (A catch without a code
 * catches every error and needs no thrower.)
 *
 * <p><b>Decisions and forms.</b> Every {@code camunda:decisionRef} names a decision of a DMN file under
 * {@code processes/}; every {@code camunda:formRef} (user tasks and start events) names a form under {@code forms/}.
 *
 * <p><b>Delegates.</b> Every {@code delegateExpression}, of service tasks and of task and execution listeners alike,
 * is {@code ${beanName}} naming a bean of the application; nothing uses {@code camunda:class}.
 *
 * <p><b>Decision inputs.</b> A business rule task evaluates its decision in the process that contains it, so every
 * variable an input expression of the decision reads (a plain variable name; for a longer expression, every name
 * in it that is not a keyword or a property after a dot) must be one the process provides:
 * <ul>
 *   <li>a field key of a form of the process (its user tasks and start events), except {@code person_*} fields,
 *       which go to the case file and never become variables;
 *   <li>an output mapping ({@code camunda:outputParameter}) of any element of the process, an input mapping of
 *       the business rule task itself, or a {@code camunda:out} of one of its call activities;
 *   <li>a {@code camunda:in} target of a call activity that calls the process ({@code variables="all"} passes on
 *       whatever the caller provides);
 *   <li>a result the model writes itself: a {@code camunda:resultVariable}, a start event's {@code camunda:initiator},
 *       a multi-instance element variable, {@code execution.setVariable('name', ...)} in an expression;
 *   <li>an output of a decision the evaluated decision requires (decision requirements);
 *   <li>the value of a constant of the process's variables class ({@code <ProcessName>Variables.java} under
 *       {@code src/main/java}), where the variables its delegates and listeners write are declared.
 * </ul>
 * The rule sees what the models and the variables class declare, not what runs: a constant declared and never
 * written passes. It catches what policy staff change in Camunda Modeler: a new input column, a renamed form field,
 * a table called from another process.
 */
final class ModelReferences {

  /**
   * Messages that no process or class of ours sends: they come from outside over {@code POST /engine-rest/message},
   * with the sender named here (README, processes).
   */
  static final Map<String, String> EXTERNAL_MESSAGES = Map.of(
      "RescueCaseReferral", "公安、城管等部门或其他机构转入个案 (a department or another agency refers a person)",
      "FamilyContact", "社工登记亲属来电 (a caseworker records a family's call)",
      "PoliceDnaFeedback", "公安机关反馈DNA比对结果 (the police report the DNA comparison)");

  private static final Pattern CONSTANT = Pattern.compile(
      "static\\s+final\\s+String\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*\"([^\"]*)\"\\s*;");
  private static final Pattern CORRELATES =
      Pattern.compile("createMessageCorrelation\\s*\\(|correlateMessage\\s*\\(|startProcessInstanceByMessage\\s*\\(");
  private static final Pattern NEW_BPMN_ERROR =
      Pattern.compile("new\\s+BpmnError\\s*\\(\\s*(?:\"([^\"]*)\"|([A-Za-z_][A-Za-z0-9_.]*))");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
  private static final Pattern NAME_IN_EXPRESSION = Pattern.compile("(?<![.\\w\"'])([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern SETS_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*'([^']+)'");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "empty", "div",
      "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof", "if", "then", "else", "for", "in", "return", "some",
      "every", "satisfies", "between", "function", "execution", "task", "date", "time", "duration");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private final List<Diagram> diagrams;
  private final List<DecisionModel> decisions;
  private final List<Form> forms;
  private final Map<Path, String> javaSources;

  ModelReferences(List<Diagram> diagrams, List<DecisionModel> decisions, List<Form> forms,
      Map<Path, String> javaSources) {
    this.diagrams = diagrams;
    this.decisions = decisions;
    this.forms = forms;
    this.javaSources = javaSources;
  }

  /** The project itself: {@code processes/}, {@code forms/}, {@code src/main/java}. */
  static ModelReferences ofProject() {
    return new ModelReferences(ProjectModels.diagrams(), ProjectModels.decisions(), ProjectModels.forms(),
        ProjectModels.javaSources());
  }

  /** The same, with more diagrams or decisions (e.g. a broken one) beside the project's. */
  ModelReferences with(List<Diagram> moreDiagrams, List<DecisionModel> moreDecisions) {
    return new ModelReferences(Stream.concat(diagrams.stream(), moreDiagrams.stream()).toList(),
        Stream.concat(decisions.stream(), moreDecisions.stream()).toList(), forms, javaSources);
  }

  // ------------------------------------------------------------------------------------------------- messages

  List<String> messagesWithoutSender() {
    Set<String> thrown = new HashSet<>();
    for (Diagram diagram : diagrams) {
      for (ThrowEvent event : diagram.model().getModelElementsByType(ThrowEvent.class)) {
        event.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
            .map(d -> ((MessageEventDefinition) d).getMessage()).filter(Objects::nonNull)
            .forEach(m -> thrown.add(m.getName()));
      }
      diagram.model().getModelElementsByType(SendTask.class).stream().map(SendTask::getMessage)
          .filter(Objects::nonNull).forEach(m -> thrown.add(m.getName()));
    }
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (Map.Entry<String, String> waiting : messagesWaitedFor(diagram.model()).entrySet()) {
        String message = waiting.getValue();
        if (!thrown.contains(message) && !EXTERNAL_MESSAGES.containsKey(message) && !correlatedInCode(message)) {
          problems.add(diagram + ": " + waiting.getKey() + " waits for message " + message + ", which no process"
              + " throws, no class under src/main/java correlates and no outside sender is listed");
        }
      }
    }
    return problems;
  }

  /** Element id → name of the message it waits for. */
  private static Map<String, String> messagesWaitedFor(BpmnModelInstance model) {
    Map<String, String> waiting = new LinkedHashMap<>();
    for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
      for (EventDefinition definition : event.getEventDefinitions()) {
        if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
          waiting.put(event.getId(), message.getMessage().getName());
        }
      }
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      Message message = task.getMessage();
      if (message != null) {
        waiting.put(task.getId(), message.getName());
      }
    }
    return waiting;
  }

  private boolean correlatedInCode(String message) {
    Set<String> names = namesOf(message);
    return javaSources.values().stream().filter(source -> CORRELATES.matcher(source).find())
        .anyMatch(source -> names.stream().anyMatch(name -> mentions(source, name)));
  }

  // --------------------------------------------------------------------------------------------------- errors

  List<String> errorsWithoutThrower() {
    Set<String> thrown = new HashSet<>();
    for (Diagram diagram : diagrams) {
      for (EndEvent end : diagram.model().getModelElementsByType(EndEvent.class)) {
        end.getEventDefinitions().stream().filter(ErrorEventDefinition.class::isInstance)
            .map(d -> ((ErrorEventDefinition) d).getError())
            .filter(e -> e != null && e.getErrorCode() != null).forEach(e -> thrown.add(e.getErrorCode()));
      }
    }
    for (String source : javaSources.values()) {
      Matcher error = NEW_BPMN_ERROR.matcher(source);
      while (error.find()) {
        if (error.group(1) != null) {
          thrown.add(error.group(1));
        } else {
          String constant = error.group(2).substring(error.group(2).lastIndexOf('.') + 1);
          thrown.addAll(constantValues(constant));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (CatchEvent event : diagram.model().getModelElementsByType(CatchEvent.class)) {
        if (!(event instanceof BoundaryEvent) && !(event instanceof StartEvent)) {
          continue;
        }
        for (EventDefinition definition : event.getEventDefinitions()) {
          if (definition instanceof ErrorEventDefinition error && error.getError() != null
              && error.getError().getErrorCode() != null && !thrown.contains(error.getError().getErrorCode())) {
            problems.add(diagram + ": " + event.getId() + " catches BPMN error " + error.getError().getErrorCode()
                + ", which no error end event throws and no new BpmnError under src/main/java raises");
          }
        }
      }
    }
    return problems;
  }

  // ------------------------------------------------------------------------------------- decisions and forms

  List<String> decisionsNotFound() {
    Set<String> decisionIds = decisions.stream().flatMap(d -> d.decisions().stream()).map(Decision::getId)
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (BusinessRuleTask task : diagram.model().getModelElementsByType(BusinessRuleTask.class)) {
        String reference = task.getCamundaDecisionRef();
        if (reference != null && !decisionIds.contains(reference)) {
          problems.add(diagram + ": " + task.getId() + " evaluates decision " + reference
              + ", which no DMN file under processes/ defines");
        }
      }
    }
    return problems;
  }

  List<String> formsNotFound() {
    Set<String> formIds = forms.stream().map(Form::id).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (DomElement element : domElements(diagram.model())) {
        String reference = element.getAttribute(CAMUNDA_NS, "formRef");
        if (reference != null && !formIds.contains(reference)) {
          problems.add(diagram + ": " + element.getAttribute("id") + " uses form " + reference
              + ", which is not under forms/");
        }
      }
    }
    return problems;
  }

  /**
   * Every {@code delegateExpression} — of service tasks and of task and execution listeners alike — is a plain bean
   * reference {@code ${beanName}} to a bean that exists; no {@code camunda:class}.
   */
  List<String> delegatesWithoutBean(Predicate<String> beanExists) {
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (DomElement element : domElements(diagram.model())) {
        String where = diagram + ": " + (element.getAttribute("id") != null ? element.getAttribute("id")
            : "camunda:" + element.getLocalName() + " of " + ownerId(element));
        String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression") != null
            ? element.getAttribute(CAMUNDA_NS, "delegateExpression")
            : CAMUNDA_NS.equals(element.getNamespaceURI()) ? element.getAttribute("delegateExpression") : null;
        if (element.getAttribute(CAMUNDA_NS, "class") != null
            || CAMUNDA_NS.equals(element.getNamespaceURI()) && element.getAttribute("class") != null) {
          problems.add(where + " uses camunda:class; use a delegate expression naming a bean");
        }
        if (expression == null) {
          continue;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(expression);
        if (!bean.matches()) {
          problems.add(where + ": " + expression + " is not a plain bean reference ${beanName}");
        } else if (!beanExists.test(bean.group(1))) {
          problems.add(where + ": no bean " + bean.group(1) + " in the application");
        }
      }
    }
    return problems;
  }

  private static String ownerId(DomElement element) {
    for (DomElement current = element.getParentElement(); current != null; current = current.getParentElement()) {
      if (current.getAttribute("id") != null) {
        return current.getAttribute("id");
      }
    }
    return "?";
  }

  // ---------------------------------------------------------------------------------------- decision inputs

  List<String> decisionInputsNotProvided() {
    Map<String, Decision> decisionsById = new LinkedHashMap<>();
    decisions.forEach(d -> d.decisions().forEach(decision -> decisionsById.put(decision.getId(), decision)));
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : diagrams) {
      for (BusinessRuleTask task : diagram.model().getModelElementsByType(BusinessRuleTask.class)) {
        Decision decision = decisionsById.get(task.getCamundaDecisionRef());
        Process process = processOf(task);
        if (decision == null || process == null) {
          continue;
        }
        Set<String> provided = provided(process, new HashSet<>());
        provided.addAll(inputParametersOf(task));
        Map<String, String> read = new LinkedHashMap<>();
        Set<String> requiredOutputs = new HashSet<>();
        collectInputs(decision, read, requiredOutputs, new HashSet<>());
        provided.addAll(requiredOutputs);
        read.forEach((variable, input) -> {
          if (!provided.contains(variable)) {
            problems.add(diagram + ": " + task.getId() + " evaluates decision " + decision.getId() + ", whose input "
                + input + " reads " + variable + ", which process " + process.getId() + " does not provide (no form"
                + " field, mapping, caller's camunda:in, decision output or constant of "
                + variablesClassOf(process.getId()) + ")");
          }
        });
      }
    }
    return problems;
  }

  /** Variable → the input (label or id) that reads it, over the decision and the decisions it requires. */
  private static void collectInputs(Decision decision, Map<String, String> read, Set<String> requiredOutputs,
      Set<String> seen) {
    if (!seen.add(decision.getId())) {
      return;
    }
    if (decision.getExpression() instanceof DecisionTable table) {
      for (Input input : table.getInputs()) {
        if (input.getInputExpression() == null || input.getInputExpression().getText() == null) {
          continue;
        }
        String label = input.getLabel() != null ? input.getLabel() + " (" + input.getId() + ")" : input.getId();
        variablesRead(input.getInputExpression().getText().getTextContent())
            .forEach(variable -> read.putIfAbsent(variable, label));
      }
    }
    for (InformationRequirement requirement : decision.getInformationRequirements()) {
      Decision required = requirement.getRequiredDecision();
      if (required != null) {
        if (required.getExpression() instanceof DecisionTable table) {
          table.getOutputs().stream().map(Output::getName).filter(Objects::nonNull).forEach(requiredOutputs::add);
        }
        collectInputs(required, read, requiredOutputs, seen);
      }
    }
  }

  /** The variables an input expression reads: the name itself, or the names in a longer expression. */
  static Set<String> variablesRead(String expression) {
    String text = expression == null ? "" : expression.trim();
    if (PLAIN_NAME.matcher(text).matches()) {
      return Set.of(text);
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher name = NAME_IN_EXPRESSION.matcher(QUOTED.matcher(text).replaceAll(" "));
    while (name.find()) {
      String candidate = name.group(1);
      boolean call = text.length() > name.end() && text.substring(name.end()).stripLeading().startsWith("(");
      if (!KEYWORDS.contains(candidate) && !call) {
        names.add(candidate);
      }
    }
    return names;
  }

  /** Every variable the process provides (see the class comment); {@code visiting} stops cycles of callers. */
  private Set<String> provided(Process process, Set<String> visiting) {
    Set<String> provided = new HashSet<>();
    if (!visiting.add(process.getId())) {
      return provided;
    }
    BpmnModelInstance model = (BpmnModelInstance) process.getModelInstance();
    Set<String> formIds = new HashSet<>();
    for (DomElement element : domElements(model)) {
      if (!process.getId().equals(processIdOf(element))) {
        continue;
      }
      String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
      if (formRef != null) {
        formIds.add(formRef);
      }
      Stream.of("resultVariable", "initiator", "elementVariable").map(a -> element.getAttribute(CAMUNDA_NS, a))
          .filter(Objects::nonNull).forEach(provided::add);
    }
    // expressions anywhere in the diagram's file (one process per file) that set a variable
    diagrams.stream().filter(d -> d.model() == model).findFirst().ifPresent(diagram -> {
      Matcher sets = SETS_VARIABLE.matcher(diagram.text());
      while (sets.find()) {
        provided.add(sets.group(1));
      }
    });
    for (Form form : forms) {
      if (formIds.contains(form.id())) {
        fieldKeys(form.schema()).stream().filter(key -> !key.startsWith("person_")).forEach(provided::add);
      }
    }
    model.getModelElementsByType(CamundaOutputParameter.class).stream().filter(p -> inProcess(p, process))
        .map(CamundaOutputParameter::getCamundaName).forEach(provided::add);
    model.getModelElementsByType(CamundaOut.class).stream().filter(o -> inProcess(o, process))
        .map(CamundaOut::getCamundaTarget).filter(Objects::nonNull).forEach(provided::add);
    model.getModelElementsByType(MultiInstanceLoopCharacteristics.class).stream().filter(m -> inProcess(m, process))
        .map(MultiInstanceLoopCharacteristics::getCamundaElementVariable).filter(Objects::nonNull)
        .forEach(provided::add);
    for (Diagram diagram : diagrams) {
      for (CallActivity call : diagram.model().getModelElementsByType(CallActivity.class)) {
        if (!process.getId().equals(call.getCalledElement())) {
          continue;
        }
        for (CamundaIn in : call.getExtensionElements() == null ? List.<CamundaIn>of()
            : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if ("all".equals(in.getCamundaVariables())) {
            Process caller = processOf(call);
            if (caller != null) {
              provided.addAll(provided(caller, visiting));
            }
          } else if (in.getCamundaTarget() != null) {
            provided.add(in.getCamundaTarget());
          }
        }
      }
    }
    provided.addAll(variablesClassConstants(process.getId()));
    return provided;
  }

  private static Set<String> inputParametersOf(BusinessRuleTask task) {
    return task.getExtensionElements() == null ? Set.of()
        : task.getModelInstance().getModelElementsByType(CamundaInputParameter.class).stream()
            .filter(p -> p.getParentElement() != null && p.getParentElement().getParentElement() != null
                && p.getParentElement().getParentElement().getParentElement() == task)
            .map(CamundaInputParameter::getCamundaName).collect(Collectors.toSet());
  }

  /** Every field key of a form, fields inside groups included. */
  static Set<String> fieldKeys(JsonNode schema) {
    Set<String> keys = new TreeSet<>();
    for (JsonNode component : schema.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      keys.addAll(fieldKeys(component));
    }
    return keys;
  }

  /** {@code rescue-case} → {@code RescueCaseVariables}. */
  static String variablesClassOf(String processId) {
    StringBuilder name = new StringBuilder();
    for (String word : processId.split("-")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.append("Variables").toString();
  }

  private Set<String> variablesClassConstants(String processId) {
    String file = variablesClassOf(processId) + ".java";
    Set<String> values = new HashSet<>();
    javaSources.forEach((path, source) -> {
      if (path.getFileName().toString().equals(file)) {
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
          values.add(constant.group(2));
        }
      }
    });
    return values;
  }

  // ------------------------------------------------------------------------------------------------- helpers

  /** The literal and the names of every constant under src/main/java whose value is the literal. */
  private Set<String> namesOf(String value) {
    Set<String> names = new HashSet<>();
    names.add('"' + value + '"');
    for (String source : javaSources.values()) {
      Matcher constant = CONSTANT.matcher(source);
      while (constant.find()) {
        if (constant.group(2).equals(value)) {
          names.add(constant.group(1));
        }
      }
    }
    return names;
  }

  private Set<String> constantValues(String constantName) {
    Set<String> values = new HashSet<>();
    for (String source : javaSources.values()) {
      Matcher constant = CONSTANT.matcher(source);
      while (constant.find()) {
        if (constant.group(1).equals(constantName)) {
          values.add(constant.group(2));
        }
      }
    }
    return values;
  }

  private static boolean mentions(String source, String name) {
    return name.startsWith("\"") ? source.contains(name)
        : Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(source).find();
  }

  /** Every element of the XML document, extension elements included. */
  static List<DomElement> domElements(BpmnModelInstance model) {
    List<DomElement> all = new ArrayList<>();
    collect(model.getDocument().getRootElement(), all);
    return all;
  }

  private static void collect(DomElement element, Collection<DomElement> all) {
    all.add(element);
    element.getChildElements().forEach(child -> collect(child, all));
  }

  private static String processIdOf(DomElement element) {
    for (DomElement current = element; current != null; current = current.getParentElement()) {
      if ("process".equals(current.getLocalName())) {
        return current.getAttribute("id");
      }
    }
    return null;
  }

  private static boolean inProcess(ModelElementInstance element, Process process) {
    return processOf(element) == process;
  }

  static Process processOf(ModelElementInstance element) {
    for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
      if (current instanceof Process process) {
        return process;
      }
    }
    return null;
  }
}
