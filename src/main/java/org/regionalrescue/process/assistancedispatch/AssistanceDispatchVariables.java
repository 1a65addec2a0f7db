package org.regionalrescue.process.assistancedispatch;

import java.util.Map;
import java.util.Set;

/**
 * The variable names, codes and element ids of {@code assistance-dispatch} (下沉协助, RULES §10), declared once and
 * used by the diagram, the forms' keys, the listeners and the tests.
 */
public final class AssistanceDispatchVariables {

  public static final String PROCESS_KEY = "assistance-dispatch";

  // ---- in: from the calling case (business key = case number)
  public static final String CASE_NUMBER = "caseNumber";
  /** The sending agency (normally the regional center); its caseworkers review, its supervisors take up late reports. */
  public static final String CASE_AGENCY = "caseAgency";
  /**
   * Agency code of the receiving county station, township or village, inside the sender's area. Out: the agency that
   * finally received the task (after a decline the sender may choose another one).
   */
  public static final String ASSISTANCE_AGENCY = "assistanceAgency";
  /** One of {@link AssistanceKind}. */
  public static final String ASSISTANCE_KIND = "assistanceKind";
  /** What the receiving agency is to do, in words. */
  public static final String ASSISTANCE_BRIEF = "assistanceBrief";

  // ---- set by the system, shown in the forms
  public static final String SENDER_NAME = "assistanceSenderName";
  public static final String ASSISTANCE_AGENCY_NAME = "assistanceAgencyName";
  public static final String ASSISTANCE_KIND_LABEL = "assistanceKindLabel";
  /** JSON array of {@code {label, value}}: the agencies the sender may send the task to (options of a select). */
  public static final String ASSISTANCE_AGENCY_OPTIONS = "assistanceAgencyOptions";

  // ---- 接收下沉协助任务 (form assistance-accept), local to each answer, copied out for the routing and the sender
  /** One of {@link AcceptanceDecision}. */
  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
  /** One of {@link DeclineReason}; required with a decline. */
  public static final String DECLINE_REASON = "declineReason";
  public static final String DECLINE_NOTE = "declineNote";

  // ---- 另行安排或撤销 (form assistance-rearrange)
  /** One of {@link Rearrangement}. */
  public static final String REARRANGEMENT = "rearrangement";
  /** Agency code of the next receiver (with {@link Rearrangement#REASSIGN}). */
  public static final String NEXT_ASSISTANCE_AGENCY = "nextAssistanceAgency";
  public static final String REARRANGEMENT_NOTE = "rearrangementNote";

  // ---- 开展协助并反馈 (form assistance-report): the 反馈报告
  public static final String CARRIED_OUT_ON = "assistanceCarriedOutOn";
  /** One of {@link AssistanceResult}. */
  public static final String ASSISTANCE_RESULT = "assistanceResult";
  /** Whole number of staff who took part (1 to 99). */
  public static final String STAFF_COUNT = "assistanceStaffCount";
  public static final String REPORT = "assistanceReport";

  // ---- 审核协助反馈 (form assistance-review), local to each review, copied out
  /** One of {@link ReviewDecision}. */
  public static final String REVIEW_DECISION = "reviewDecision";
  /** What more the sender asks for; shown to the receiver in the next 开展协助并反馈. */
  public static final String REVIEW_NOTE = "reviewNote";

  // ---- out
  /** One of {@link AssistanceOutcome}. */
  public static final String ASSISTANCE_OUTCOME = "assistanceOutcome";

  /** Codes of {@link #ASSISTANCE_KIND}, with the words the forms show. */
  public static final class AssistanceKind {
    public static final String TRACING_VISIT = "tracing-visit";
    public static final String FOLLOW_UP_VISIT = "follow-up-visit";
    public static final String ESCORT_LEG = "escort-leg";
    public static final String ON_SITE_SUPPORT = "on-site-support";
    public static final Map<String, String> LABELS = Map.of(
        TRACING_VISIT, "寻亲走访", FOLLOW_UP_VISIT, "回访", ESCORT_LEG, "护送一段", ON_SITE_SUPPORT, "现场支援");
    public static final Set<String> ALL = LABELS.keySet();

    private AssistanceKind() {}
  }

  /** Codes of {@link #ACCEPTANCE_DECISION}. */
  public static final class AcceptanceDecision {
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final Set<String> ALL = Set.of(ACCEPTED, DECLINED);

    private AcceptanceDecision() {}
  }

  /** Codes of {@link #DECLINE_REASON}. */
  public static final class DeclineReason {
    /** No staff or means free in time. */
    public static final String NO_CAPACITY = "no-capacity";
    /** Not the agency's line of work or beyond its expertise. */
    public static final String NOT_COMPETENT = "not-competent";
    /** The place concerned lies outside the agency's own area. */
    public static final String WRONG_AREA = "wrong-area";
    public static final String OTHER = "other";
    public static final Set<String> ALL = Set.of(NO_CAPACITY, NOT_COMPETENT, WRONG_AREA, OTHER);

    private DeclineReason() {}
  }

  /** Codes of {@link #REARRANGEMENT}. */
  public static final class Rearrangement {
    public static final String REASSIGN = "reassign";
    public static final String CANCEL = "cancel";
    public static final Set<String> ALL = Set.of(REASSIGN, CANCEL);

    private Rearrangement() {}
  }

  /** Codes of {@link #ASSISTANCE_RESULT}. */
  public static final class AssistanceResult {
    public static final String COMPLETED = "completed";
    public static final String PARTLY_COMPLETED = "partly-completed";
    public static final String NOT_POSSIBLE = "not-possible";
    public static final Set<String> ALL = Set.of(COMPLETED, PARTLY_COMPLETED, NOT_POSSIBLE);

    private AssistanceResult() {}
  }

  /** Codes of {@link #REVIEW_DECISION}. */
  public static final class ReviewDecision {
    public static final String ACCEPTED = "accepted";
    public static final String MORE_NEEDED = "more-needed";
    public static final Set<String> ALL = Set.of(ACCEPTED, MORE_NEEDED);

    private ReviewDecision() {}
  }

  /** Codes of {@link #ASSISTANCE_OUTCOME}. */
  public static final class AssistanceOutcome {
    /** The receiver reported and the sender accepted the report. */
    public static final String DONE = "done";
    /** After a decline the sender cancelled the task. */
    public static final String CANCELLED = "cancelled";

    private AssistanceOutcome() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String ACCEPTANCE = "SubProcess_Acceptance";
    public static final String ACCEPT_ASSISTANCE = "Task_AcceptAssistance";
    public static final String ACCEPTANCE_OVERDUE = "Timer_AcceptanceOverdue";
    public static final String SUPERVISE_ACCEPTANCE = "Task_SuperviseAcceptance";
    public static final String REARRANGE_ASSISTANCE = "Task_RearrangeAssistance";
    public static final String ASSISTANCE = "SubProcess_Assistance";
    public static final String CONDUCT_ASSISTANCE = "Task_ConductAssistance";
    public static final String REPORT_OVERDUE = "Timer_ReportOverdue";
    public static final String CHASE_REPORT = "Task_ChaseReport";
    public static final String REPORT_ESCALATION = "Timer_ReportEscalation";
    public static final String SUPERVISE_REPORT = "Task_SuperviseReport";
    public static final String REVIEW_REPORT = "Task_ReviewReport";
    public static final String DONE = "End_AssistanceDone";
    public static final String CANCELLED = "End_AssistanceCancelled";

    private Activities() {}
  }

  private AssistanceDispatchVariables() {}
}
