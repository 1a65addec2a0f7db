package org.regionalrescue.casefile;

/** A case that has its agency and its number. */
public record OpenedCase(String agencyCode, String caseNumber) {}
