package org.regionalrescue.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Runs when any user task completes: moves the {@code person_*} fields the form submitted into the case file and
 * removes them from the process. A wrong ID number refuses the completion: the task stays open, nothing is kept.
 */
public class CaseFileCapture implements TaskListener {

  /** The variable holding the case number; every process that collects personal data carries it. */
  public static final String CASE_NUMBER = "caseNumber";
  /** Masked name and ID number, shown on later forms and in Cockpit instead of the real ones. */
  public static final String MASKED_NAME = "maskedName";
  public static final String MASKED_ID_NUMBER = "maskedIdNumber";

  private final CaseFiles caseFiles;

  public CaseFileCapture(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : task.getVariableNames()) {
      if (PersonalFields.isPersonal(name)) {
        fields.put(name, task.getVariable(name));
      }
    }
    if (fields.isEmpty()) {
      return;
    }
    Map<String, Object> fileFields = new LinkedHashMap<>();
    fields.forEach((name, value) -> fileFields.put(PersonalFields.fileKey(name), checked(name, value)));
    Object caseNumber = task.getVariable(CASE_NUMBER);
    if (!(caseNumber instanceof String number)) {
      throw new BadUserRequestException("个人信息只能记入已立案的个案（缺少个案编号）。");
    }
    caseFiles.updatePerson(number, fileFields);
    fields.keySet().forEach(task::removeVariable);
    showMasked(task, caseFiles.person(number));
  }

  /** What Tasklist and Cockpit may show of the person: masked name and ID number. */
  private static void showMasked(DelegateTask task, Map<String, Object> person) {
    String name = Masking.name((String) person.get(PersonalFields.fileKey(PersonalFields.NAME)));
    String idNumber = Masking.idNumber((String) person.get(PersonalFields.fileKey(PersonalFields.ID_NUMBER)));
    if (name != null) {
      task.getExecution().setVariable(MASKED_NAME, name);
    }
    if (idNumber != null) {
      task.getExecution().setVariable(MASKED_ID_NUMBER, idNumber);
    }
  }

  private static Object checked(String name, Object value) {
    if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw new BadUserRequestException("字段 " + name + " 的内容格式不正确。");
    }
    if (PersonalFields.ID_NUMBERS.contains(name) && value != null && !value.toString().isBlank()) {
      return ResidentIdNumber.parse(value.toString()).value();
    }
    return value;
  }
}
