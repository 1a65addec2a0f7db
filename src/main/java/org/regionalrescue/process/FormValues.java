package org.regionalrescue.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a form or REST client submitted into the types the models route on. Tasklist sends numbers as Long or
 * Double and REST clients may send text; anything that cannot be read is refused with a message naming the field.
 */
public final class FormValues {

  private FormValues() {}

  /** A whole number within bounds, stored back as Integer; refuses a missing or malformed value. */
  public static int wholeNumber(VariableScope scope, String name, String label, int min, int max) {
    Object value = scope.getVariable(name);
    Integer number = null;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.intValue();
    } else if (value instanceof String s && s.strip().matches("\\d{1,3}")) {
      number = Integer.valueOf(s.strip());
    }
    if (number == null || number < min || number > max) {
      throw new BadUserRequestException("请填写有效的" + label + "（" + min + "至" + max + "之间的整数）。");
    }
    scope.setVariable(name, number);
    return number;
  }

  /** A yes/no field, stored back as Boolean; a missing value counts as no. */
  public static boolean flag(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    boolean flag;
    if (value == null) {
      flag = false;
    } else if (value instanceof Boolean b) {
      flag = b;
    } else if ("true".equals(value) || "false".equals(value)) {
      flag = Boolean.parseBoolean((String) value);
    } else {
      throw new BadUserRequestException("字段“" + label + "”只能选择是或否。");
    }
    scope.setVariable(name, flag);
    return flag;
  }

  /** One of the codes a select or radio offers; refuses anything else (also a missing value) with {@code message}. */
  public static String code(VariableScope scope, String name, Set<String> allowed, String message) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String code) || !allowed.contains(code)) {
      throw new BadUserRequestException(message);
    }
    return code;
  }

  /** A text that must not be blank; refuses a missing or blank one with {@code message}. Returns it stripped. */
  public static String text(VariableScope scope, String name, String message) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException(message);
    }
    return text.strip();
  }

  /** A text that must be given and fit its limit; refuses a missing, blank or too long one. */
  public static String text(VariableScope scope, String name, String label, int longest) {
    Object value = scope.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("请填写" + label + "。");
    }
    if (text.length() > longest) {
      throw new BadUserRequestException(label + "不能超过" + longest + "个字。");
    }
    return text;
  }

  /**
   * The codes ticked in a checklist: Tasklist sends Json, REST clients may send a JSON text or a list. Every code must
   * be one of {@code allowed}; an empty or missing checklist is an empty list. The variable itself is left as sent.
   */
  public static List<String> codes(VariableScope scope, String name, String label, Set<String> allowed) {
    Object value = scope.getVariable(name);
    if (value instanceof String text && !text.isBlank()) {
      value = json(text, label);
    }
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> codes.add(element.isString() ? element.stringValue() : null));
    } else if (value instanceof Collection<?> list) {
      list.forEach(element -> codes.add(element instanceof String code ? code : null));
    } else if (value != null && !(value instanceof String)) {
      throw notAList(label);
    }
    if (codes.contains(null) || !allowed.containsAll(codes)) {
      throw new BadUserRequestException("字段“" + label + "”含有无效的选项。");
    }
    return codes;
  }

  private static SpinJsonNode json(String text, String label) {
    try {
      return Spin.JSON(text);
    } catch (RuntimeException notJson) {
      throw notAList(label);
    }
  }

  private static BadUserRequestException notAList(String label) {
    return new BadUserRequestException("字段“" + label + "”应为多选列表。");
  }
}
