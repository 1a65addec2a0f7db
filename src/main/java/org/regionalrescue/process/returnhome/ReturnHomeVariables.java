package org.regionalrescue.process.returnhome;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The variable names and codes of {@code return-home} (返回, RULES §7), declared once and used by the diagram's
 * conditions, the forms' keys, the listeners, the delegates and the tests. The fetcher's name and ID number are
 * personal data in {@code person_*} fields, see {@link org.regionalrescue.casefile.PersonalFields}.
 */
public final class ReturnHomeVariables {

  public static final String PROCESS_KEY = "return-home";

  // in: from the calling case
  /** The case number; also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** Code of the agency handling the case; candidate groups are {@code ${caseAgency}-caseworker}. */
  public static final String CASE_AGENCY = "caseAgency";
  /** The person's age in whole years (integer). */
  public static final String AGE = "age";
  /** Boolean: lacks capacity (mental or intellectual disability, 无民事行为能力). */
  public static final String LACKS_CAPACITY = "lacksCapacity";
  /** Boolean: special difficulty (disabled with mobility problems and the like, 特殊困难). */
  public static final String SPECIAL_DIFFICULTY = "specialDifficulty";

  // 选择返回方式
  /** One of {@link ReturnMode}; routes the flow. */
  public static final String RETURN_MODE = "returnMode";

  // 购买车票
  public static final String TICKET_DESTINATION = "ticketDestination";
  public static final String TRAVEL_MODE = "travelMode";
  public static final String TICKET_NUMBER = "ticketNumber";
  public static final String DEPARTURE_TIME = "departureTime";
  /** Boolean: the ticket goes straight to the destination; otherwise a transfer station is named. */
  public static final String DIRECT_LINE = "directLine";
  public static final String TRANSFER_STATION = "transferStation";
  /** Cash for short local fares in 元, at most {@link #MAX_TRAVEL_CASH}; optional. */
  public static final String TRAVEL_CASH = "travelCash";
  /** Boolean: the person signed the receipt for the cash. */
  public static final String CASH_RECEIPT_SIGNED = "cashReceiptSigned";

  // 核验接领人身份 (the fetcher's name and ID number are person_fetcherName / person_fetcherIdNumber)
  /** One of {@link FetcherRelation}. */
  public static final String FETCHER_RELATION = "fetcherRelation";
  /** Boolean: a copy of the fetcher's ID card is kept in the file. */
  public static final String FETCHER_ID_COPY_KEPT = "fetcherIdCopyKept";
  public static final String FETCHED_AT = "fetchedAt";

  // out: to the calling case
  /** One of {@link ReturnOutcome}. */
  public static final String RETURN_OUTCOME = "returnOutcome";

  /** In principle no cash; at most 20 元 for short local fares, against a signed receipt [NAT 实施细则 §11]. */
  public static final BigDecimal MAX_TRAVEL_CASH = new BigDecimal("20");
  /** Below this age a person is never sent home alone (RULES §0). */
  public static final int MIN_AGE_FOR_SELF_RETURN = 16;

  /** Codes of {@link #RETURN_MODE}. */
  public static final class ReturnMode {
    public static final String SELF_RETURN = "self-return";
    public static final String FETCHED = "fetched";
    public static final String ESCORT = "escort";
    public static final Set<String> ALL = Set.of(SELF_RETURN, FETCHED, ESCORT);

    private ReturnMode() {}
  }

  /** Codes of {@link #TRAVEL_MODE}. */
  public static final class TravelMode {
    public static final String TRAIN = "train";
    public static final String BUS = "bus";
    public static final String SHIP = "ship";
    public static final String OTHER = "other";
    public static final Set<String> ALL = Set.of(TRAIN, BUS, SHIP, OTHER);

    private TravelMode() {}
  }

  /** Codes of {@link #FETCHER_RELATION}. */
  public static final class FetcherRelation {
    public static final String GUARDIAN = "guardian";
    public static final String PARENT = "parent";
    public static final String SPOUSE = "spouse";
    public static final String CHILD = "child";
    public static final String SIBLING = "sibling";
    public static final String OTHER_RELATIVE = "other-relative";
    public static final String EMPLOYER = "employer";
    /** Those to whom a minor under 16 or a person lacking capacity may be handed (RULES §0). */
    public static final Set<String> RELATIVES = Set.of(GUARDIAN, PARENT, SPOUSE, CHILD, SIBLING, OTHER_RELATIVE);
    public static final Set<String> ALL =
        Set.of(GUARDIAN, PARENT, SPOUSE, CHILD, SIBLING, OTHER_RELATIVE, EMPLOYER);

    private FetcherRelation() {}
  }

  /** Codes of {@link #RETURN_OUTCOME}. */
  public static final class ReturnOutcome {
    public static final String SELF_RETURN = "self-return";
    public static final String FETCHED = "fetched";
    public static final String ESCORTED = "escorted";

    private ReturnOutcome() {}
  }

  /** Element ids the tests refer to. */
  public static final class Activities {
    public static final String CHOOSE_RETURN_MODE = "Task_ChooseReturnMode";
    public static final String PROVIDE_TICKET = "Task_ProvideTicket";
    public static final String RECORD_TICKET_RECEIPT = "Task_RecordTicketReceipt";
    public static final String VERIFY_FETCHER = "Task_VerifyFetcher";
    public static final String RECORD_FETCH = "Task_RecordFetch";
    public static final String ESCORT = "CallActivity_Escort";

    private Activities() {}
  }

  private ReturnHomeVariables() {}
}
