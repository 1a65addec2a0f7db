package org.regionalrescue.process.welfarereferral;

import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.AGE;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.APPROVING_AGENCY;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.CASE_AGENCY;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.CLIENT_CONSENT;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.DISABLED;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.DOMESTIC_VIOLENCE;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.FOLLOW_UP_DATE;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.HAS_INCOME;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.LACKS_CAPACITY;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.LOCAL_RESIDENCE;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.NO_SUPPORTER;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.RECEIVER_DECISION;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.RECEIVING_AGENCY;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.REFERRAL_OUTCOME;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.REFERRAL_REASON;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.REFERRAL_SCHEME;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.REFERRED_AT;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.REJECTION_REASON;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.SENDING_AGENCY;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.SUDDEN_HARDSHIP;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.URGENT;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Activities;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Consent;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.ReceiverDecision;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.ReferralOutcome;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.RejectionReason;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Scheme;
import org.springframework.stereotype.Component;

/**
 * Guards the completion of the referral tasks whose answers route the flow or make the written referral: a missing
 * or unknown code is refused with a Chinese message (REST 400) and the task stays open. On 确认转介项目 it also fixes
 * the parties: the sender (the case's agency), the receiver (an agency of the organisation, the case's own agency when
 * left empty; for 临时救助 of a person without local 户籍 or 居住证 always the rescue agency, RULES §9) and the
 * county-level agency above the receiver that approves or confirms.
 */
@Component
public class CheckReferralAnswersListener implements TaskListener {

  private final Organisation organisation;

  public CheckReferralAnswersListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (Activities.ASSESS_FACTS.equals(key)) {
      checkFacts(task);
    } else if (Activities.CONFIRM_REFERRAL.equals(key)) {
      checkConfirmation(task);
    } else if (Activities.RECEIVER_DECISIONS.contains(key)) {
      checkReceiverDecision(task);
    } else if (Activities.RECORD_REFERRAL_OUTCOME.equals(key)) {
      checkOutcome(task);
    }
  }

  private static void checkFacts(DelegateTask task) {
    FormValues.wholeNumber(task, AGE, "年龄", 0, 130);
    FormValues.flag(task, LACKS_CAPACITY, "无民事行为能力");
    FormValues.flag(task, DISABLED, "重度残疾、无劳动能力");
    FormValues.flag(task, HAS_INCOME, "有收入或财产");
    FormValues.flag(task, NO_SUPPORTER, "无法定赡养、抚养、扶养义务人");
    FormValues.flag(task, DOMESTIC_VIOLENCE, "家庭暴力受害人");
    FormValues.flag(task, LOCAL_RESIDENCE, "本地户籍或居住证");
    FormValues.flag(task, SUDDEN_HARDSHIP, "因突发事件陷入困境");
  }

  private void checkConfirmation(DelegateTask task) {
    String scheme = code(task, REFERRAL_SCHEME, Scheme.NAMES.keySet(),
        "请选择转介项目：临时救助、特困人员供养、未成年人保护或反家庭暴力庇护。");
    if (isBlank(task.getVariable(REFERRAL_REASON))) {
      throw new BadUserRequestException("请填写转介理由。");
    }
    String consent = code(task, CLIENT_CONSENT, Consent.ALL, "请选择受助人员（或其监护人）是否同意转介。");
    if (Scheme.MINOR_PROTECTION.equals(scheme) && Consent.REFUSED.equals(consent)) {
      throw new BadUserRequestException("对未成年人依法实施临时监护是法定职责，不以本人同意为前提："
          + "请选择“无需同意（法定强制措施）”或“监护人同意”。");
    }
    if (!Scheme.MINOR_PROTECTION.equals(scheme) && Consent.NOT_REQUIRED.equals(consent)) {
      throw new BadUserRequestException("除未成年人临时监护外，转介须经受助人员本人或其监护人同意。");
    }
    boolean urgent = FormValues.flag(task, URGENT, "情况紧急");
    if (urgent && !Scheme.TEMPORARY_ASSISTANCE.equals(scheme)) {
      task.setVariable(URGENT, false);
    }

    String caseAgency = (String) task.getVariable(CASE_AGENCY);
    Object given = task.getVariable(RECEIVING_AGENCY);
    String receiver = isBlank(given) ? caseAgency : given.toString().strip();
    if (organisation.find(receiver).isEmpty()) {
      throw new BadUserRequestException("接收机构代码“" + receiver + "”不在本区域的组织架构中，请核对（留空则为本机构）。");
    }
    if (Scheme.TEMPORARY_ASSISTANCE.equals(scheme) && !Boolean.TRUE.equals(task.getVariable(LOCAL_RESIDENCE))
        && !receiver.equals(caseAgency)) {
      throw new BadUserRequestException("无本地户籍或居住证的，临时救助申请由救助管理机构受理："
          + "接收机构请填写本机构（" + caseAgency + "）或留空。");
    }
    task.setVariable(RECEIVING_AGENCY, receiver);
    task.setVariable(SENDING_AGENCY, caseAgency);
    task.setVariable(APPROVING_AGENCY, approvingAgencyOf(receiver));
    task.setVariable(REFERRED_AT, ClockUtil.getCurrentTime());
  }

  /** The county-level (or higher) agency at or above the receiver: it approves 临时救助 and confirms 特困供养. */
  String approvingAgencyOf(String receiver) {
    for (Agency agency : organisation.chainUpFrom(receiver)) {
      if (agency.level() == AgencyLevel.COUNTY || agency.level() == AgencyLevel.REGIONAL_CENTER
          || agency.level() == AgencyLevel.PROVINCE) {
        return agency.code();
      }
    }
    return receiver;
  }

  private static void checkReceiverDecision(DelegateTask task) {
    String decision = code(task, RECEIVER_DECISION, ReceiverDecision.ALL,
        "请选择接收方的决定：接收（受理、批准、认定）或不予接收。");
    if (ReceiverDecision.REJECTED.equals(decision)) {
      code(task, REJECTION_REASON, RejectionReason.ALL, "不予接收（受理、批准、认定）的，请选择理由。");
    } else if (task.hasVariable(REJECTION_REASON)) {
      task.removeVariable(REJECTION_REASON);
    }
  }

  private static void checkOutcome(DelegateTask task) {
    String outcome = code(task, REFERRAL_OUTCOME, ReferralOutcome.ALL,
        "请选择转介结果：转介成功、受助人员拒绝或接收方拒绝。");
    if (Consent.REFUSED.equals(task.getVariable(CLIENT_CONSENT))) {
      if (!ReferralOutcome.CLIENT_REFUSED.equals(outcome)) {
        throw new BadUserRequestException("受助人员不同意转介的，转介结果为“受助人员拒绝”。");
      }
    } else if (ReceiverDecision.REJECTED.equals(task.getVariable(RECEIVER_DECISION))) {
      if (!ReferralOutcome.PROVIDER_REFUSED.equals(outcome)) {
        throw new BadUserRequestException("接收方不予接收的，转介结果为“接收方拒绝”。");
      }
    } else if (ReferralOutcome.PROVIDER_REFUSED.equals(outcome)) {
      throw new BadUserRequestException("接收方已接收的，转介结果为“转介成功”或“受助人员拒绝”。");
    }
    LocalDate followUp = ReferralDates.dateOf(task.getVariable(FOLLOW_UP_DATE));
    if (followUp == null) {
      throw new BadUserRequestException("请填写回访日期（年-月-日）。");
    }
    if (followUp.isBefore(ReferralDates.today())) {
      throw new BadUserRequestException("回访日期不能早于今天。");
    }
    task.setVariable(FOLLOW_UP_DATE, followUp.toString());
  }

  private static String code(DelegateTask task, String name, java.util.Set<String> allowed, String message) {
    Object value = task.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw new BadUserRequestException(message);
    }
    return text;
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
