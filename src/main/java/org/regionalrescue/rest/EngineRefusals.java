package org.regionalrescue.rest;

import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * What the engine refuses because of the caller's input, in words a caseworker understands. The engine's REST
 * resources answer much bad input with a 500 (an unknown task id, a missing answer a gateway needs) or with an English
 * message (an unknown business key in a message correlation); this table turns each into a 4xx with a Chinese
 * message. The engine's message texts are matched where its exception types are too coarse (a
 * {@code NullValueException} for an unknown task); they are stable across 7.x and a test
 * ({@code BadInputIT}) fails when one changes. Messages never repeat submitted values: they may be personal data.
 *
 * <p>Checked in this order: the first that applies answers.
 * <ol>
 *   <li>a change that lost against a simultaneous one (two caseworkers submitting the same task at once): 409, as
 *       {@link ConcurrentUpdateMappers} answers the unwrapped case;
 *   <li>a task id that names no task (complete, submit a form, claim): 404;
 *   <li>a message no process waits for (unknown business key or message name): 400 没有找到对应的个案; a message
 *       without a name: 400;
 *   <li>an unknown process key at start: 404;
 *   <li>a value that does not fit its declared type, Java serialization: 400;
 *   <li>our own refusals ({@link BadUserRequestException} from listeners and delegates): 400 with their message;
 *   <li>the nets for answers no listener checked: a variable a condition needs is missing, no outgoing flow fits the
 *       answers, a value of the wrong type in a condition, a text longer than its column: 400. A genuine modelling
 *       error shows the same way; its stack trace is in the server log (ENGINE-16004).
 * </ol>
 */
final class EngineRefusals {

  /** The answer to give instead of the engine's. */
  record Refusal(Status status, String type, String message) {}

  private static final Pattern MESSAGE_NAME = Pattern.compile("message (?:with name )?'([^']{0,200})'");
  private static final Pattern PROCESS_KEY =
      Pattern.compile("No matching process definition with key: (.{0,200}?) and");
  private static final Pattern IDENTIFIER = Pattern.compile("Cannot resolve identifier '([^']{0,100})'");
  /** SQL state of "string data, right truncation": a value longer than its column. */
  private static final String VALUE_TOO_LONG = "22001";

  private EngineRefusals() {}

  static Optional<Refusal> of(Throwable exception) {
    if (find(exception, OptimisticLockingException.class) != null) {
      return refuse(Status.CONFLICT, OptimisticLockingException.class.getSimpleName(),
          ConcurrentUpdateMappers.CONCURRENT_UPDATE);
    }
    if (chainMessageStartsWith(exception, "Cannot find task with id")) {
      return refuse(Status.NOT_FOUND, "NotFoundException", "没有找到这个任务：它可能已经办结或撤回，或任务编号有误。请刷新任务列表。");
    }
    MismatchingMessageCorrelationException mismatch = find(exception, MismatchingMessageCorrelationException.class);
    if (mismatch != null) {
      return refuse(Status.BAD_REQUEST, "MismatchingMessageCorrelationException", correlationMessage(mismatch));
    }
    if (exception instanceof RestException rest && rest.getStatus() == Status.NOT_FOUND
        && rest.getMessage() != null && PROCESS_KEY.matcher(rest.getMessage()).find()) {
      Matcher key = PROCESS_KEY.matcher(rest.getMessage());
      key.find();
      return refuse(Status.NOT_FOUND, "NotFoundException", "没有已部署的流程“" + key.group(1) + "”：请核对流程标识。");
    }
    if (exception instanceof RestException rest && rest.getStatus() == Status.BAD_REQUEST
        && messageContainsAny(rest, "No message name supplied")) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException", "请写明消息名称（messageName）。");
    }
    if (chainMessageContains(exception, "ENGINE-17007")) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException",
          "不接受 Java 序列化的对象：请以文本、数字、是/否或 JSON 提交。");
    }
    if (exception instanceof RestException rest && rest.getStatus() == Status.BAD_REQUEST
        && messageContainsAny(rest, "Cannot convert value", "Unsupported value type",
            "Must provide 'null' or String value", "Cannot deserialize")) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException",
          "提交的值与其类型不符：请检查各字段应为文本、数字、是/否还是 JSON。");
    }
    BadUserRequestException badInput = find(exception, BadUserRequestException.class);
    if (badInput != null) {
      return refuse(Status.BAD_REQUEST, badInput.getClass().getSimpleName(), badInput.getMessage());
    }
    return net(exception);
  }

  /** Answers no listener checked, found by the engine while it moved the case on (all rolled back). */
  private static Optional<Refusal> net(Throwable exception) {
    String unknownProperty = chainMessageMatching(exception, IDENTIFIER);
    if (unknownProperty != null) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException",
          "缺少流程继续所需的内容“" + unknownProperty + "”：请填写后再提交。如确已填写，请联系管理员。");
    }
    if (chainMessageContains(exception, "ENGINE-02004")) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException",
          "所填的答案不在流程可接受的范围内，流程无法继续：请检查所选的选项。如确无错误，请联系管理员。");
    }
    if (chainMessageContains(exception, "Cannot coerce")) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException",
          "有字段的类型不对（例如应为文本却提交了数字）：请检查后再提交。");
    }
    if (sqlState(exception, VALUE_TOO_LONG)) {
      return refuse(Status.BAD_REQUEST, "InvalidRequestException", "填写的内容过长：请缩短后再提交。");
    }
    return Optional.empty();
  }

  private static String correlationMessage(MismatchingMessageCorrelationException mismatch) {
    String text = String.valueOf(mismatch.getMessage());
    Matcher name = MESSAGE_NAME.matcher(text);
    String message = name.find() ? "“" + name.group(1) + "”" : "";
    if (text.contains("executions match") || text.contains("process definitions match")) {
      return "消息" + message + "对应不止一个等待中的流程：请用个案编号（业务键）指明是哪一个。";
    }
    return "没有找到对应的个案：没有个案在等待消息" + message + "，或个案编号（业务键）有误。";
  }

  private static Optional<Refusal> refuse(Status status, String type, String message) {
    return Optional.of(new Refusal(status, type, message));
  }

  private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static boolean chainMessageStartsWith(Throwable exception, String prefix) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (t instanceof ProcessEngineException && message != null && message.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean chainMessageContains(Throwable exception, String part) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static String chainMessageMatching(Throwable exception, Pattern pattern) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        Matcher matcher = pattern.matcher(t.getMessage());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return null;
  }

  private static boolean messageContainsAny(Throwable exception, String... parts) {
    String message = exception.getMessage();
    if (message == null) {
      return false;
    }
    for (String part : parts) {
      if (message.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sqlState(Throwable exception, String state) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (state.equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
