package org.regionalrescue.process.identitytracing;

import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.BIOMETRIC_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.DNA_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.ESCALATE_TO_HIGHER_LEVEL;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FAMILY_CONTACT_CONFIRMED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FAMILY_RELATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTIFIED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTITY_CONFIRMED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTITY_VERIFICATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.MATCHED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.NO;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.NO_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_FEEDBACK_ON_PAPER;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_REMINDER_CHANNEL;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.SUSPECTED_MISSING;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.SUSPECTED_SITUATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_CONCLUSION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.UNIDENTIFIED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.YES;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Guards the completion of the identity-tracing tasks whose answers route the flow (比中与否、身份是否确认、亲属是否核实、
 * 是否书面反馈、寻亲结论): a missing or unknown code, which would stop the case with an engine error or send it down
 * the wrong path, is refused with a Chinese message (REST 400) and the task stays open. Coded answers that are only
 * recorded are checked when given.
 */
@Component
public class CheckTracingAnswersListener implements TaskListener {

  static final Set<String> MATCH_RESULTS = Set.of(MATCHED, NO_MATCH);
  static final Set<String> YES_NO = Set.of(YES, NO);
  static final Set<String> CONCLUSIONS = Set.of(IDENTIFIED, UNIDENTIFIED);
  static final Set<String> VERIFICATIONS = Set.of("household-police", "family", "documents", "self-statement");
  static final Set<String> SITUATIONS = Set.of("lost", "abandoned", "trafficked");
  static final Set<String> RELATIONS = Set.of("parent", "child", "spouse", "sibling", "other-relative", "other");
  static final Set<String> REMINDER_CHANNELS = Set.of("letter", "phone", "visit");

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case "Task_CompareBiometrics" -> {
        String match = FormValues.code(task, BIOMETRIC_MATCH, MATCH_RESULTS, "请选择比对结果：比中或未比中。");
        if (NO_MATCH.equals(match) || task.getVariable(SUSPECTED_MISSING) != null) {
          FormValues.code(task, SUSPECTED_MISSING, YES_NO, "请选择是否疑似走失、被遗弃或被拐卖：是或否。");
        }
      }
      case "Task_ConfirmIdentity", "Task_ConfirmDnaIdentity" -> {
        FormValues.code(task, IDENTITY_CONFIRMED, YES_NO, "请选择身份是否确认：是或否。");
        optionalCode(task, IDENTITY_VERIFICATION, VERIFICATIONS,
            "请选择核实方式：户籍地公安机关核实、亲属辨认确认、身份证件核对或本人陈述并经查证。");
      }
      case "Task_ReportSuspectedMissing" ->
          optionalCode(task, SUSPECTED_SITUATION, SITUATIONS, "请选择疑似情形：走失、被遗弃或被拐卖。");
      case "Task_VerifyFamilyContact" -> {
        FormValues.code(task, FAMILY_CONTACT_CONFIRMED, YES_NO,
            "请选择核实结果：确认为受助人员亲属，或无法确认、继续寻亲。");
        optionalCode(task, FAMILY_RELATION, RELATIONS, "请选择来电人自称与受助人员的关系。");
      }
      case "Task_RemindPolice" -> {
        FormValues.code(task, POLICE_FEEDBACK_ON_PAPER, YES_NO, "请选择公安机关是否已书面反馈：是或否。");
        optionalCode(task, POLICE_REMINDER_CHANNEL, REMINDER_CHANNELS, "请选择催告方式：书面函件、电话或当面催告。");
      }
      case "Task_RecordPoliceFeedback" ->
          FormValues.code(task, DNA_MATCH, MATCH_RESULTS, "请选择DNA比对结果：比中或未比中。");
      case "Task_ConcludeTracing" -> {
        FormValues.code(task, TRACING_CONCLUSION, CONCLUSIONS,
            "请选择寻亲结论：已通过其他途径查明身份，或暂未查明身份。");
        FormValues.flag(task, ESCALATE_TO_HIGHER_LEVEL, "报请上级民政部门协查");
      }
      default -> { }
    }
  }

  private static void optionalCode(DelegateTask task, String name, Set<String> allowed, String message) {
    Object value = task.getVariable(name);
    if (value != null && !allowed.contains(value)) {
      throw new BadUserRequestException(message);
    }
  }
}
