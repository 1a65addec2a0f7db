package org.regionalrescue.process.rescuecase;

/**
 * Who may leave on their own (RULES §0, 381号令): an adult of 16 or more with capacity. Minors under 16 and people
 * lacking capacity leave only with a relative whose identity was checked, or escorted.
 */
public final class DeparturePolicy {

  /** Age from which a person may leave alone. */
  public static final int AGE_OF_SELF_DEPARTURE = 16;

  private DeparturePolicy() {}

  public static boolean mayLeaveAlone(int age, boolean lacksCapacity) {
    return age >= AGE_OF_SELF_DEPARTURE && !lacksCapacity;
  }
}
