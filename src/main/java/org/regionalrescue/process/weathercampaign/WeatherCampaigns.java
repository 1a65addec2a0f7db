package org.regionalrescue.process.weathercampaign;

import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_AGENCY;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.CAMPAIGN_TYPE;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.ENDS_AT;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.PROCESS_KEY;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.STARTS_AT;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Which weather campaign (专项行动) covers a place now: a running {@code weather-campaign} of the place's agency or of
 * one above it, whose period includes the moment. The one place that looks for running campaigns. A report is
 * dispatched with it whoever reports (the reporter need not see the campaign), so it looks without authorization
 * checks.
 */
@Component
public class WeatherCampaigns {

  /** A campaign that is on: the agency whose area it covers, its type, and when it ends. */
  public record ActiveCampaign(String agency, String type, Date endsAt) {}

  private final RuntimeService runtime;
  private final Organisation organisation;

  public WeatherCampaigns(@Lazy RuntimeService runtime, Organisation organisation) {
    this.runtime = runtime;
    this.organisation = organisation;
  }

  /** The campaign that covers {@code placeCode} at {@code moment}, if any (the one ending last when several do). */
  public Optional<ActiveCampaign> covering(String placeCode, Date moment) {
    Set<String> coveringAgencies = organisation.chainUpFrom(placeCode).stream().map(Agency::code)
        .collect(Collectors.toSet());
    return withoutAuthorization(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).active()
        .list()).stream()
        .map(this::campaignOf)
        .filter(campaign -> campaign != null && coveringAgencies.contains(campaign.agency))
        .filter(campaign -> !moment.before(campaign.startsAt) && moment.before(campaign.endsAt))
        .max((a, b) -> a.endsAt.compareTo(b.endsAt))
        .map(campaign -> new ActiveCampaign(campaign.agency, campaign.type, campaign.endsAt));
  }

  private record Running(String agency, String type, Date startsAt, Date endsAt) {}

  private Running campaignOf(ProcessInstance instance) {
    Map<String, Object> variables = withoutAuthorization(() -> runtime.getVariables(instance.getId(),
        List.of(CAMPAIGN_AGENCY, CAMPAIGN_TYPE, STARTS_AT, ENDS_AT)));
    if (variables.get(CAMPAIGN_AGENCY) instanceof String agency && variables.get(STARTS_AT) instanceof Date startsAt
        && variables.get(ENDS_AT) instanceof Date endsAt) {
      return new Running(agency, (String) variables.get(CAMPAIGN_TYPE), startsAt, endsAt);
    }
    return null;
  }

  private static <T> T withoutAuthorization(Supplier<T> query) {
    CommandContext command = Context.getCommandContext();
    return command == null ? query.get() : command.runWithoutAuthorization(query::get);
  }
}
