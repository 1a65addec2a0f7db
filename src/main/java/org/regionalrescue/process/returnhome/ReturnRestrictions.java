package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.AGE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.LACKS_CAPACITY;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.MIN_AGE_FOR_SELF_RETURN;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.SPECIAL_DIFFICULTY;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who may not go home alone (RULES §0, §7), read from the process inputs. Missing or mistyped inputs count against
 * going alone: a vulnerable person is never sent off because a fact was not passed on.
 */
final class ReturnRestrictions {

  private ReturnRestrictions() {}

  /** Why the person may not return alone, in Chinese; empty when self-return is allowed. */
  static Optional<String> againstSelfReturn(VariableScope scope) {
    Object age = scope.getVariable(AGE);
    if (!(age instanceof Number years)) {
      return Optional.of("受助人员年龄不明（缺少整数变量 age）");
    }
    if (years.intValue() < MIN_AGE_FOR_SELF_RETURN) {
      return Optional.of("受助人员未满16周岁");
    }
    Object lacksCapacity = scope.getVariable(LACKS_CAPACITY);
    if (Boolean.TRUE.equals(lacksCapacity)) {
      return Optional.of("受助人员无民事行为能力（精神或智力残疾）");
    }
    if (!Boolean.FALSE.equals(lacksCapacity)) {
      return Optional.of("未说明受助人员是否具有民事行为能力（缺少布尔变量 lacksCapacity）");
    }
    Object specialDifficulty = scope.getVariable(SPECIAL_DIFFICULTY);
    if (Boolean.TRUE.equals(specialDifficulty)) {
      return Optional.of("受助人员属于特殊困难人员（如行动不便的残疾人）");
    }
    if (!Boolean.FALSE.equals(specialDifficulty)) {
      return Optional.of("未说明受助人员是否属于特殊困难人员（缺少布尔变量 specialDifficulty）");
    }
    return Optional.empty();
  }

  /** Minors under 16 and people lacking capacity are handed only to a relative (RULES §0), not to an employer. */
  static boolean onlyRelativesMayFetch(VariableScope scope) {
    Object age = scope.getVariable(AGE);
    return !(age instanceof Number years) || years.intValue() < MIN_AGE_FOR_SELF_RETURN
        || !Boolean.FALSE.equals(scope.getVariable(LACKS_CAPACITY));
  }
}
