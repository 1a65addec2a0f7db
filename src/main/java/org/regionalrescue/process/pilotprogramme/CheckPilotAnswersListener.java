package org.regionalrescue.process.pilotprogramme;

import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ACCEPTANCE_DECISION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ACCEPTANCE_NOTE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPROVAL_DECISION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPROVAL_DOCUMENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.APPROVAL_NOTE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.CRITERIA;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ELECTRONIC_COPY_SENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EVALUATION_FINDINGS;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EVALUATION_RATING;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EVALUATION_REPORTED;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXPERT_OPINION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXPERT_PANEL;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXPERT_RECOMMENDATION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXPERT_SCORE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXTENSIONS_GRANTED;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXTENSION_DECISION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EXTENSION_REASON;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PAPER_DOCUMENT_NUMBER;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_CONTENTS;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_ORDER;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_REVIEW;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_REVIEW_NOTE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PLAN_VERSION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PROVINCIAL_REPORT_DOCUMENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PROVINCIAL_REPORT_SUMMARY;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SELECTION_DECISION;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SELECTION_NOTE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SUBMITTED_LATE;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SUBMITTED_ON;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SUMMARY_DOCUMENT;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SUMMARY_HIGHLIGHTS;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.AcceptanceDecision;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.Activities;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ApprovalDecision;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.EvaluationRating;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ExpertRecommendation;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.ExtensionDecision;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.PlanReview;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.Rating;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.SelectionDecision;
import org.springframework.stereotype.Component;

/**
 * Guards the completion of the pilot's tasks (RULES §12): the coded answers are known, a negative decision gives its
 * reasons, the plan has the notice's seven contents, the submission goes on paper and electronically, the evaluation
 * is reported to the ministry. A refusal is a Chinese message (REST 400) and the task stays open. Also keeps count of
 * the plan's versions and the extensions, and notes a submission after the deadline.
 */
@Component
public class CheckPilotAnswersListener implements TaskListener {

  static final int LONGEST_SHORT_TEXT = 100;
  static final int LONGEST_TEXT = 5000;

  private final PilotSchedule schedule;

  public CheckPilotAnswersListener(PilotSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case Activities.SELECT_PILOT -> checkSelection(task);
      case Activities.DRAFT_PLAN -> checkPlan(task);
      case Activities.REVIEW_PLAN -> decision(task, PLAN_REVIEW, PlanReview.ALL, PlanReview.REVISE, PLAN_REVIEW_NOTE,
          "审核意见", "退回修改的，请写明修改意见。");
      case Activities.SUBMIT_TO_MINISTRY -> checkSubmission(task);
      case Activities.EXPERT_REVIEW -> checkExpertReview(task);
      case Activities.APPROVE_PILOT -> {
        String approval = decision(task, APPROVAL_DECISION, ApprovalDecision.ALL, ApprovalDecision.REJECT,
            APPROVAL_NOTE, "批复意见", "不予确认的，请写明理由。");
        if (ApprovalDecision.APPROVE.equals(approval)) {
          FormValues.text(task, APPROVAL_DOCUMENT, "批复文号", LONGEST_SHORT_TEXT);
        }
      }
      case Activities.EVALUATE_PILOT -> {
        code(task, EVALUATION_RATING, EvaluationRating.ALL, "请选择评估结论。");
        FormValues.text(task, EVALUATION_FINDINGS, "评估情况", LONGEST_TEXT);
        if (!FormValues.flag(task, EVALUATION_REPORTED, "评估情况已报送民政部")) {
          throw new BadUserRequestException("跟踪评估情况须报送民政部：报送后请勾选“评估情况已报送民政部”。");
        }
      }
      case Activities.DECIDE_EXTENSION -> {
        String extension = decision(task, EXTENSION_DECISION, ExtensionDecision.ALL, ExtensionDecision.EXTEND,
            EXTENSION_REASON, "是否延长", "延长试点期限的，请写明理由。");
        if (ExtensionDecision.EXTEND.equals(extension)) {
          Object granted = task.getVariable(EXTENSIONS_GRANTED);
          task.setVariable(EXTENSIONS_GRANTED, (granted instanceof Number n ? n.intValue() : 0) + 1);
        }
      }
      case Activities.SUBMIT_SUMMARY -> {
        FormValues.text(task, SUMMARY_DOCUMENT, "总结报告文号", LONGEST_SHORT_TEXT);
        FormValues.text(task, SUMMARY_HIGHLIGHTS, "主要成效和可复制推广的经验", LONGEST_TEXT);
      }
      case Activities.PROVINCIAL_REPORT -> {
        FormValues.text(task, PROVINCIAL_REPORT_DOCUMENT, "总体情况报告文号", LONGEST_SHORT_TEXT);
        FormValues.text(task, PROVINCIAL_REPORT_SUMMARY, "本省试点工作总体情况", LONGEST_TEXT);
      }
      case Activities.ACCEPT_PILOT -> decision(task, ACCEPTANCE_DECISION, AcceptanceDecision.ALL,
          AcceptanceDecision.RECTIFY, ACCEPTANCE_NOTE, "验收结论", "需整改的，请写明整改要求。");
      default -> {
        // tasks without answers to check (督办)
      }
    }
  }

  /** The four criteria of the notice are rated; not recommending, or recommending despite a weak one, is explained. */
  private static void checkSelection(DelegateTask task) {
    boolean weak = false;
    for (String criterion : PilotProgrammeVariables.CRITERIA_ORDER) {
      weak |= Rating.WEAK.equals(code(task, criterion, Rating.ALL, "请评定“" + CRITERIA.get(criterion) + "”。"));
    }
    String selection = code(task, SELECTION_DECISION, SelectionDecision.ALL, "请选择是否推荐。");
    if ((weak || SelectionDecision.NOT_RECOMMENDED.equals(selection)) && blank(task, SELECTION_NOTE)) {
      throw new BadUserRequestException("不予推荐或有评定为“较弱”的条件时，请写明遴选意见。");
    }
  }

  private static void checkPlan(DelegateTask task) {
    for (String content : PLAN_ORDER) {
      if (blank(task, content)) {
        throw new BadUserRequestException("试点方案应当包括试点条件、思路、目标、任务、进度安排、预期效果、保障措施：请填写“"
            + PLAN_CONTENTS.get(content) + "”。");
      }
      FormValues.text(task, content, PLAN_CONTENTS.get(content), LONGEST_TEXT);
    }
    Object version = task.getVariable(PLAN_VERSION);
    task.setVariable(PLAN_VERSION, (version instanceof Number n ? n.intValue() : 0) + 1);
  }

  private void checkSubmission(DelegateTask task) {
    FormValues.text(task, PAPER_DOCUMENT_NUMBER, "纸质文件文号", LONGEST_SHORT_TEXT);
    if (!FormValues.flag(task, ELECTRONIC_COPY_SENT, "已同时发送电子版")) {
      throw new BadUserRequestException("试点申报单位名单和试点方案须以纸质文件报送，同时发送电子版：请确认电子版已发送。");
    }
    if (!(task.getVariable(SUBMITTED_ON) instanceof String date) || date.isBlank()) {
      throw new BadUserRequestException("请填写报送日期。");
    }
    task.setVariable(SUBMITTED_LATE, ClockUtil.getCurrentTime().after(schedule.getSubmissionDeadline()));
  }

  private static void checkExpertReview(DelegateTask task) {
    FormValues.text(task, EXPERT_PANEL, "评审专家组", LONGEST_SHORT_TEXT * 2);
    FormValues.wholeNumber(task, EXPERT_SCORE, "专家评分", 0, 100);
    code(task, EXPERT_RECOMMENDATION, ExpertRecommendation.ALL, "请选择专家组建议（列入或不列入试点单位建议名单）。");
    FormValues.text(task, EXPERT_OPINION, "专家评审意见", LONGEST_TEXT);
  }

  /** A coded decision; the negative one needs its note. */
  private static String decision(DelegateTask task, String name, Set<String> allowed, String needsNote, String note,
      String label, String noteMessage) {
    String decision = code(task, name, allowed, "请选择" + label + "。");
    if (needsNote.equals(decision) && blank(task, note)) {
      throw new BadUserRequestException(noteMessage);
    }
    return decision;
  }

  private static String code(DelegateTask task, String name, Set<String> allowed, String message) {
    Object value = task.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw new BadUserRequestException(message);
    }
    return text;
  }

  private static boolean blank(DelegateTask task, String name) {
    return !(task.getVariable(name) instanceof String text) || text.isBlank();
  }
}
