package org.regionalrescue.process.escort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One leg of an escort (护送的一段): from a sending agency to a receiving party, ending in a signed handover.
 *
 * @param legNumber 1, 2, … in the order of the chain
 * @param legId referral id of the leg, {@code <case number>-L<n>}; the correlation key of the receiving side's replies
 * @param legKind where the leg goes in the chain (EscortVariables.LegKind)
 * @param legMode who travels: the sender escorts, or the receiver fetches (EscortVariables.LegMode)
 * @param sendingAgency code of the agency that hands the person over
 * @param sendingName its name
 * @param receivingAgency code of the agency whose staff work the reception: the receiver, or for a receiver outside the
 *     organisation the sending agency, which records that receiver's answer and signature
 * @param receiverName name of the receiving party
 * @param receiverExternal whether the receiver is outside the organisation
 * @param notifiedVia code of the office that notifies the receiver (the provincial civil-affairs office for another
 *     province), or ""
 * @param notifiedViaName its name, or ""
 */
public record EscortLeg(int legNumber, String legId, String legKind, String legMode, String sendingAgency,
    String sendingName, String receivingAgency, String receiverName, boolean receiverExternal, String notifiedVia,
    String notifiedViaName) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The referral id of leg {@code legNumber} of a case. */
  public static String legId(String caseNumber, int legNumber) {
    return caseNumber + "-L" + legNumber;
  }

  public static String toJson(List<EscortLeg> legs) {
    try {
      return JSON.writeValueAsString(legs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("escort legs not serialisable", e);
    }
  }

  public static List<EscortLeg> listFromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<EscortLeg>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("escort legs unreadable: " + json, e);
    }
  }

  public static EscortLeg fromJson(String json) {
    try {
      return JSON.readValue(json, EscortLeg.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("escort leg unreadable: " + json, e);
    }
  }
}
