package org.regionalrescue.casefile;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Stands in front of the engine's history writer and drops every history event about a {@code person_*}
 * variable, so personal data passing through a form never reaches {@code ACT_HI_*}.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;

  public PersonalDataHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isAboutPersonalData(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  static boolean isAboutPersonalData(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return PersonalFields.isPersonal(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formProperty) {
      return PersonalFields.isPersonal(formProperty.getPropertyId());
    }
    return false;
  }
}
