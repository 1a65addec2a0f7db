package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASH_RECEIPT_SIGNED;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.DIRECT_LINE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.MAX_TRAVEL_CASH;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TICKET_DESTINATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRANSFER_STATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_CASH;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_MODE;

import java.math.BigDecimal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.TravelMode;
import org.springframework.stereotype.Component;

/**
 * 购买车票, on complete: a ticket to the destination, a transfer station where there is no direct line, and in
 * principle no cash: at most 20 元 for short local fares, against a signed receipt (RULES §7). The form checks the
 * same; this is the server's word on it.
 */
@Component
public class CheckTicketListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (isBlank(task.getVariable(TICKET_DESTINATION))) {
      throw new BadUserRequestException("请填写车票的目的地（到达站）。");
    }
    if (!(task.getVariable(TRAVEL_MODE) instanceof String mode) || !TravelMode.ALL.contains(mode)) {
      throw new BadUserRequestException("请选择交通方式：火车、长途汽车、轮船或其他。");
    }
    if (!Boolean.TRUE.equals(task.getVariable(DIRECT_LINE)) && isBlank(task.getVariable(TRANSFER_STATION))) {
      throw new BadUserRequestException("没有直达线路时，请填写中转站。");
    }
    Object cash = task.getVariable(TRAVEL_CASH);
    if (cash == null) {
      return;
    }
    if (!(cash instanceof Number number)) {
      throw new BadUserRequestException("发放现金金额应为数字（元）。");
    }
    BigDecimal amount = new BigDecimal(number.toString());
    if (amount.signum() < 0) {
      throw new BadUserRequestException("发放现金金额不能为负数。");
    }
    if (amount.compareTo(MAX_TRAVEL_CASH) > 0) {
      throw new BadUserRequestException("原则上不发放现金；确需乘坐短途公交等的，现金最多" + MAX_TRAVEL_CASH.toPlainString()
          + "元。");
    }
    if (amount.signum() > 0 && !Boolean.TRUE.equals(task.getVariable(CASH_RECEIPT_SIGNED))) {
      throw new BadUserRequestException("发放现金须由受助人员本人签收：请确认签收单已签字。");
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
