package org.regionalrescue.process.weathercampaign;

import java.util.Map;

/**
 * The variable names, codes and element ids of {@code weather-campaign} (寒冬送温暖 / 夏季送清凉专项行动, RULES §2),
 * declared once and used by the diagram, the forms' keys, the listener, {@link WeatherCampaigns} and the tests.
 */
public final class WeatherCampaignVariables {

  public static final String PROCESS_KEY = "weather-campaign";

  // ---- in: start form campaign-start
  /** One of {@link CampaignType}. */
  public static final String CAMPAIGN_TYPE = "campaignType";
  /** First day of the campaign (yyyy-MM-dd, China). */
  public static final String CAMPAIGN_FROM = "campaignFrom";
  /** Last day of the campaign (yyyy-MM-dd, China). */
  public static final String CAMPAIGN_UNTIL = "campaignUntil";
  public static final String CAMPAIGN_NOTE = "campaignNote";
  /** The supervisor who switched the campaign on (start event initiator). */
  public static final String STARTED_BY = "campaignStartedBy";
  /**
   * The agency whose area the campaign covers (every place under it): the starting supervisor's own agency; given
   * explicitly only when the starter supervises several.
   */
  public static final String CAMPAIGN_AGENCY = "campaignAgency";

  // ---- set by the system
  /** Date: the campaign is on from this moment (the first day's start, China). */
  public static final String STARTS_AT = "campaignStartsAt";
  /** Date: the campaign ends at this moment (the day after the last day, China); a timer ends the instance. */
  public static final String ENDS_AT = "campaignEndsAt";

  // ---- 结束专项行动 (form campaign-end-early)
  public static final String END_REASON = "campaignEndReason";

  /** Codes of {@link #CAMPAIGN_TYPE}. */
  public static final class CampaignType {
    public static final String WINTER = "winter";
    public static final String SUMMER = "summer";
    public static final Map<String, String> ALL = Map.of(WINTER, "寒冬送温暖", SUMMER, "夏季送清凉");

    private CampaignType() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String RUN_CAMPAIGN = "Task_RunCampaign";
    public static final String CAMPAIGN_ENDS = "Timer_CampaignEnds";

    private Activities() {}
  }

  private WeatherCampaignVariables() {}
}
