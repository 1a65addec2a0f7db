package org.regionalrescue.process.returnfollowup;

import java.util.Set;

/**
 * The variable names, codes and element ids of {@code return-follow-up} (回归稳固, RULES §11), declared once and used
 * by the diagram, the forms' keys, the listeners and the tests.
 */
public final class ReturnFollowUpVariables {

  public static final String PROCESS_KEY = "return-follow-up";

  // ---- in: from the calling case (business key = case number)
  public static final String CASE_NUMBER = "caseNumber";
  /** The agency that held the case; its supervisors chase overdue visits. */
  public static final String CASE_AGENCY = "caseAgency";
  /** Optional: agency code of the home township or village that visits; the case's agency when not given. */
  public static final String HOME_AGENCY = "homeAgency";
  /** Optional: agency code of the village (grid) whose grid worker takes source-governance action; the home agency
   * when not given. */
  public static final String GRID_AGENCY = "gridAgency";

  /** Set by the system at the start: the visits are due this long after it ({@code rescue.follow-up.visits}). */
  public static final String FOLLOW_UP_STARTED_AT = "followUpStartedAt";
  /** The current visit's offset from the start (ISO duration, e.g. P90D): the element of the visit schedule. */
  public static final String VISIT_AFTER = "visitAfter";

  // ---- 入户回访 (form followup-visit), local to each visit
  public static final String VISIT_DATE = "visitDate";
  /** One of {@link VisitMode}. */
  public static final String VISIT_MODE = "visitMode";
  /** One of {@link LivingSituation}. */
  public static final String LIVING_SITUATION = "livingSituation";
  public static final String NEEDS = "needs";
  /** Boolean: at risk of drifting away again; the grid worker takes source-governance action. */
  public static final String RISK_OF_DRIFTING = "riskOfDrifting";
  /** Boolean: the relatives were reminded of their duty of support (教育劝导). */
  public static final String RELATIVES_EDUCATED = "relativesEducated";
  public static final String VISIT_NOTE = "visitNote";

  // ---- 源头治理 (form followup-source-governance), local to each visit
  public static final String RISK_FACTORS = "riskFactors";
  public static final String GOVERNANCE_ACTIONS = "governanceActions";
  public static final String GRID_WORKER = "gridWorker";
  public static final String GOVERNANCE_NOTE = "governanceNote";

  // ---- out
  /** One of {@link FollowUpOutcome}: what the latest visit found. */
  public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
  /** Boolean set by the system: no further visits (the person moved away). */
  public static final String FOLLOW_UP_ENDED = "followUpEnded";

  /** The answers of one visit: each visit starts with them empty, and history keeps them per visit. */
  public static final Set<String> VISIT_ANSWERS = Set.of(VISIT_DATE, VISIT_MODE, LIVING_SITUATION, NEEDS,
      RISK_OF_DRIFTING, RELATIVES_EDUCATED, VISIT_NOTE, RISK_FACTORS, GOVERNANCE_ACTIONS, GRID_WORKER, GOVERNANCE_NOTE);

  /** Codes of {@link #VISIT_MODE}. */
  public static final class VisitMode {
    public static final Set<String> ALL = Set.of("home-visit", "phone", "village-committee");

    private VisitMode() {}
  }

  /** Codes of {@link #LIVING_SITUATION}. */
  public static final class LivingSituation {
    public static final String STABLE = "stable";
    public static final String DIFFICULTIES = "difficulties";
    public static final String LEFT_AGAIN = "left-again";
    /** Moved away for good: no further visits. */
    public static final String MOVED_AWAY = "moved-away";
    public static final Set<String> ALL = Set.of(STABLE, DIFFICULTIES, LEFT_AGAIN, MOVED_AWAY);

    private LivingSituation() {}
  }

  /** Codes of {@link #FOLLOW_UP_OUTCOME}. */
  public static final class FollowUpOutcome {
    public static final String STABLE = "stable";
    public static final String AT_RISK = "at-risk";
    public static final String MOVED_AWAY = "moved-away";

    private FollowUpOutcome() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String VISITS = "SubProcess_Visits";
    public static final String VISIT_DUE = "Event_VisitDue";
    public static final String VISIT_RETURNEE = "Task_VisitReturnee";
    public static final String SUPERVISE_VISIT = "Task_SuperviseVisit";
    public static final String SOURCE_GOVERNANCE = "Task_SourceGovernance";

    private Activities() {}
  }

  private ReturnFollowUpVariables() {}
}
