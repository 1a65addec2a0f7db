package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CAMPAIGN_ACTIVE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CAMPAIGN_TYPE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PLACE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PLACE_NAME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.REPORTED_AT;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.process.streetdiscovery.StreetReportCheck.Problem;
import org.regionalrescue.process.weathercampaign.WeatherCampaigns;
import org.regionalrescue.process.weathercampaign.WeatherCampaigns.ActiveCampaign;
import org.springframework.stereotype.Component;

/**
 * When a report comes in (the end of the start event), whatever the way: checks it ({@link StreetReportCheck}; a bad
 * report is refused with every problem named, REST 400, and nothing is created), keeps the trimmed values, and notes
 * when it came, the place's name and whether a weather campaign covers the place, for the dispatch decision.
 */
@Component
public class PrepareStreetReportListener implements ExecutionListener {

  private final StreetReportCheck check;
  private final WeatherCampaigns campaigns;

  public PrepareStreetReportListener(StreetReportCheck check, WeatherCampaigns campaigns) {
    this.check = check;
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> given = new LinkedHashMap<>();
    StreetReportCheck.LABELS.keySet().forEach(name -> given.put(name, execution.getVariable(name)));
    StreetReportCheck.Result result = check.check(given);
    if (!result.ok()) {
      throw new BadUserRequestException("发现报告有误，未予登记："
          + result.problems().stream().map(Problem::message).collect(Collectors.joining("")));
    }
    result.report().forEach(execution::setVariable);
    String place = (String) result.report().get(PLACE);
    Date now = ClockUtil.getCurrentTime();
    Optional<ActiveCampaign> campaign = campaigns.covering(place, now);
    execution.setVariable(REPORTED_AT, now);
    execution.setVariable(PLACE_NAME, check.place(place).orElseThrow().name());
    execution.setVariable(CAMPAIGN_ACTIVE, campaign.isPresent());
    execution.setVariable(CAMPAIGN_TYPE, campaign.map(ActiveCampaign::type).orElse(null));
  }
}
