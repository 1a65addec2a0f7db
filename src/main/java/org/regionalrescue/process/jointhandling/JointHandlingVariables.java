package org.regionalrescue.process.jointhandling;

import java.util.Map;
import java.util.Set;

/**
 * The variable names, codes and element ids of {@code joint-handling} (协同会办, RULES §10), declared once and used by
 * the diagram, the forms' keys, the listeners and the tests.
 */
public final class JointHandlingVariables {

  public static final String PROCESS_KEY = "joint-handling";

  // ---- in: from the calling case (business key = case number)
  public static final String CASE_NUMBER = "caseNumber";
  /** The handling agency: its caseworkers chase late opinions and record the joint result. */
  public static final String CASE_AGENCY = "caseAgency";
  /**
   * The partner departments that take part: department codes of the organisation, as a Java {@code List<String>}, a
   * JSON array (a Tasklist checklist) or a comma-separated text. Replaced at the start by the checked list (a JSON
   * serialized {@code ArrayList<String>}, duplicates removed, in the order given).
   */
  public static final String JOINT_DEPARTMENTS = "jointDepartments";
  /** The question put to the departments, in words. */
  public static final String JOINT_TOPIC = "jointTopic";

  // ---- set by the system, shown in the forms
  public static final String HANDLING_AGENCY_NAME = "handlingAgencyName";
  /** The departments' names joined with 、, for the forms. */
  public static final String JOINT_DEPARTMENT_NAMES = "jointDepartmentNames";
  /**
   * JSON array, one entry per department as it answers (or is no longer waited for): {@code department},
   * {@code departmentName}, {@code action}, {@code actionLabel}, {@code recommendedResult},
   * {@code recommendedResultLabel}, {@code opinion}, {@code officerPost}, {@code recordedAt}. Shown in 会商记录.
   */
  public static final String JOINT_OPINIONS = "jointOpinions";

  // ---- one department (element variable of the multi-instance and its local variables)
  /** Element variable: the department code; its {@code <code>-caseworker} group gives the opinion. */
  public static final String JOINT_DEPARTMENT = "jointDepartment";
  public static final String JOINT_DEPARTMENT_NAME = "jointDepartmentName";

  // 部门会办意见 (form joint-department-opinion), local to the department
  /** One of {@link DepartmentAction}. */
  public static final String DEPARTMENT_ACTION = "departmentAction";
  public static final String DEPARTMENT_OPINION = "departmentOpinion";
  /** Optional: one of {@link JointResult}, what the department recommends. */
  public static final String RECOMMENDED_RESULT = "recommendedResult";
  /** Post of the officer who answers (not their name). */
  public static final String OPINION_OFFICER_POST = "opinionOfficerPost";

  // 催办：部门会办意见超时 (form joint-chase-opinion), local to each chase
  /** One of {@link ChaseMethod}. */
  public static final String CHASE_METHOD = "chaseMethod";
  /** One of {@link ChaseDecision}. */
  public static final String CHASE_DECISION = "chaseDecision";
  public static final String CHASE_NOTE = "chaseNote";

  // ---- 会商记录 (form joint-record-minutes)
  public static final String CONSULTATION_DATE = "consultationDate";
  /** One of {@link ConsultationMode}. */
  public static final String CONSULTATION_MODE = "consultationMode";
  public static final String MINUTES_SUMMARY = "minutesSummary";
  public static final String AGREED_ACTIONS = "agreedActions";

  // ---- out
  /** One of {@link JointResult}: routes the calling case. */
  public static final String JOINT_RESULT = "jointResult";

  /** Codes of {@link #DEPARTMENT_ACTION}, with the words the minutes show. */
  public static final class DepartmentAction {
    public static final String ACTION_TAKEN = "action-taken";
    public static final String WILL_ACT = "will-act";
    public static final String OPINION = "opinion";
    public static final String NOT_COMPETENT = "not-competent";
    /** Set by the system when the handling agency no longer waits for a late department. */
    public static final String NO_OPINION = "no-opinion";
    public static final Map<String, String> LABELS = Map.of(ACTION_TAKEN, "已采取措施", WILL_ACT, "将采取措施",
        OPINION, "提出意见", NOT_COMPETENT, "不属本部门职责", NO_OPINION, "未在时限内提出意见");
    /** What a department may answer. */
    public static final Set<String> ALL = Set.of(ACTION_TAKEN, WILL_ACT, OPINION, NOT_COMPETENT);

    private DepartmentAction() {}
  }

  /** Codes of {@link #CHASE_METHOD}. */
  public static final class ChaseMethod {
    public static final Set<String> ALL = Set.of("phone", "letter", "visit");

    private ChaseMethod() {}
  }

  /** Codes of {@link #CHASE_DECISION}. */
  public static final class ChaseDecision {
    /** Chase again after {@code rescue.deadlines.joint-opinion-rechase}. */
    public static final String WAIT = "wait";
    /** Go on without this department's opinion (its task is withdrawn). */
    public static final String PROCEED_WITHOUT = "proceed-without";
    public static final Set<String> ALL = Set.of(WAIT, PROCEED_WITHOUT);

    private ChaseDecision() {}
  }

  /** Codes of {@link #CONSULTATION_MODE}. */
  public static final class ConsultationMode {
    public static final Set<String> ALL = Set.of("meeting", "phone", "written");

    private ConsultationMode() {}
  }

  /** Codes of {@link #JOINT_RESULT}, with their words. */
  public static final class JointResult {
    /** 继续原办理: the case goes on as before. */
    public static final String CONTINUE = "continue";
    /** 送医救治. */
    public static final String MEDICAL = "medical";
    /** 移交公安处置. */
    public static final String POLICE = "police";
    /** 转介其他救助. */
    public static final String REFERRAL = "referral";
    /** 协助返回. */
    public static final String RETURN = "return";
    /** 引导入站救助. */
    public static final String ADMIT = "admit";
    public static final Map<String, String> LABELS = Map.of(CONTINUE, "继续原办理", MEDICAL, "送医救治",
        POLICE, "移交公安处置", REFERRAL, "转介其他救助", RETURN, "协助返回", ADMIT, "引导入站救助");
    public static final Set<String> ALL = LABELS.keySet();

    private JointResult() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String DEPARTMENT_OPINIONS = "SubProcess_DepartmentOpinions";
    public static final String DEPARTMENT_OPINION = "Task_DepartmentOpinion";
    public static final String OPINION_OVERDUE = "Timer_OpinionOverdue";
    public static final String CHASE_OPINION = "Task_ChaseOpinion";
    public static final String RECHASE_DUE = "Event_RechaseDue";
    public static final String OPINION_GIVEN = "End_OpinionGiven";
    public static final String OPINION_WAIVED = "End_OpinionWaived";
    public static final String RECORD_MINUTES = "Task_RecordMinutes";
    public static final String HANDLED = "End_JointHandled";

    private Activities() {}
  }

  private JointHandlingVariables() {}
}
