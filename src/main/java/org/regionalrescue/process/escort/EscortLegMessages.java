package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.ARRIVED_AT;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_CONFIRMED_AT;
import static org.regionalrescue.process.escort.EscortVariables.LEG_ID;
import static org.regionalrescue.process.escort.EscortVariables.MESSAGE_HANDOVER_CONFIRMED;
import static org.regionalrescue.process.escort.EscortVariables.MESSAGE_LEG_REQUESTED;
import static org.regionalrescue.process.escort.EscortVariables.MESSAGE_LEG_WITHDRAWN;
import static org.regionalrescue.process.escort.EscortVariables.MESSAGE_RECEPTION_ANSWERED;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVED_BY;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_PROCESS_KEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The one place that sends the messages between an escort and the receiving side of its legs (RULES §7). Every
 * reply is correlated on the leg's referral id ({@code legId}, a process-level variable of the sending instance that
 * names the leg under way), never on the case number alone: a late reply for leg 1 cannot touch leg 2.
 *
 * <p>The handover confirmation is idempotent. It files the 护送交接表 under a key naming the leg and correlates in the
 * same transaction: a duplicate finds the form filed and changes nothing; a confirmation that comes before the sender
 * waits for it (early) files nothing and fails, so the job that sent it is retried until the sender waits.
 */
@Component
public class EscortLegMessages {

  /** What became of a handover confirmation. */
  public enum Confirmation {
    /** The sender was waiting for it and went on; the 护送交接表 is filed. */
    CONFIRMED,
    /** The leg was confirmed before: nothing changed. */
    ALREADY_CONFIRMED
  }

  private final RuntimeService runtime;
  private final CaseRecords caseRecords;
  private final TransactionOperations transactions;

  public EscortLegMessages(RuntimeService runtime, CaseRecords caseRecords, TransactionOperations transactions) {
    this.runtime = runtime;
    this.caseRecords = caseRecords;
    this.transactions = transactions;
  }

  /**
   * Starts the receiving side of a leg ({@code escort-reception}) under the case number, unless a reception of this
   * leg is already running; returns whether this call started it.
   */
  public boolean requestReception(String caseNumber, String legId, Map<String, Object> variables) {
    long running = runtime.createProcessInstanceQuery().processDefinitionKey(RECEPTION_PROCESS_KEY)
        .variableValueEquals(LEG_ID, legId).count();
    if (running > 0) {
      return false;
    }
    Map<String, Object> withLeg = new LinkedHashMap<>(variables);
    withLeg.put(LEG_ID, legId);
    runtime.createMessageCorrelation(MESSAGE_LEG_REQUESTED).processInstanceBusinessKey(caseNumber)
        .setVariables(withLeg).correlateStartMessage();
    return true;
  }

  /** The receiving side's answer to the sender of the leg; fails when no sender waits for it. */
  public void answer(String legId, Map<String, Object> answer) {
    correlateOne(MESSAGE_RECEPTION_ANSWERED, legId, answer);
  }

  /**
   * The receiving side's signed handover of a leg: files the 护送交接表 once and lets the sender go on (the sender's
   * leg learns the arrival, the receiving staff and the time of the confirmation). A duplicate
   * answers {@link Confirmation#ALREADY_CONFIRMED}; a confirmation the sender does not (yet) wait for throws
   * {@link HandoverNotAwaitedException} and leaves nothing behind.
   */
  public Confirmation confirmHandover(String caseNumber, String legId, Map<String, Object> handover) {
    return transactions.execute(status -> {
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("title", CaseRecordType.ESCORT_HANDOVER.title());
      content.put(LEG_ID, legId);
      content.putAll(handover);
      if (!caseRecords.record(caseNumber, CaseRecordType.ESCORT_HANDOVER, handoverRecordKey(legId), content)) {
        return Confirmation.ALREADY_CONFIRMED;
      }
      Map<String, Object> toSender = new LinkedHashMap<>();
      toSender.put(ARRIVED_AT, handover.get(ARRIVED_AT));
      toSender.put(RECEIVED_BY, handover.get(RECEIVED_BY));
      toSender.put(HANDOVER_CONFIRMED_AT, ClockUtil.getCurrentTime());
      List<MessageCorrelationResult> results = runtime.createMessageCorrelation(MESSAGE_HANDOVER_CONFIRMED)
          .processInstanceVariableEquals(LEG_ID, legId).setVariables(toSender).correlateAllWithResult();
      if (results.isEmpty()) {
        throw new HandoverNotAwaitedException(legId);
      }
      return Confirmation.CONFIRMED;
    });
  }

  /** Ends the reception of a leg the sender gave up; returns how many receptions it ended (0 when none waited). */
  public int withdraw(String legId) {
    return runtime.createMessageCorrelation(MESSAGE_LEG_WITHDRAWN).processInstanceVariableEquals(LEG_ID, legId)
        .correlateAllWithResult().size();
  }

  /** Key of the 护送交接表 of a leg in the case records: one per leg, whoever confirms and however often. */
  public static String handoverRecordKey(String legId) {
    return legId + ":escort-handover";
  }

  private void correlateOne(String message, String legId, Map<String, Object> variables) {
    List<MessageCorrelationResult> results = runtime.createMessageCorrelation(message)
        .processInstanceVariableEquals(LEG_ID, legId).setVariables(variables).correlateAllWithResult();
    if (results.isEmpty()) {
      throw new IllegalStateException("no escort waits for " + message + " of leg " + legId);
    }
  }

  /** A handover confirmation came before the sender waits for it; the sending job is retried. */
  public static class HandoverNotAwaitedException extends RuntimeException {
    HandoverNotAwaitedException(String legId) {
      super("护送段 " + legId + " 的送出方尚未等待交接确认（确认过早）：稍后重试。");
    }
  }
}
