package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASH_RECEIPT_SIGNED;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.DEPARTURE_TIME;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.DIRECT_LINE;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.RETURN_OUTCOME;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TICKET_DESTINATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TICKET_NUMBER;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRANSFER_STATION;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_CASH;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.TRAVEL_MODE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.ReturnOutcome;
import org.springframework.stereotype.Component;

/**
 * 记录乘车凭证签收: writes the 乘车凭证及签收单 of a self-return once per case and step, however often the step runs,
 * and gives back the outcome.
 */
@Component
public class RecordTicketReceiptDelegate implements JavaDelegate {

  private static final List<String> RECORDED = List.of(TICKET_DESTINATION, TRAVEL_MODE, TICKET_NUMBER, DEPARTURE_TIME,
      DIRECT_LINE, TRANSFER_STATION, TRAVEL_CASH, CASH_RECEIPT_SIGNED);

  private final CaseRecords caseRecords;

  public RecordTicketReceiptDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> content = new LinkedHashMap<>();
    RECORDED.forEach(name -> content.put(name, execution.getVariable(name)));
    caseRecords.record(execution, CaseRecordType.TICKET_RECEIPT, content);
    execution.setVariable(RETURN_OUTCOME, ReturnOutcome.SELF_RETURN);
  }

}
