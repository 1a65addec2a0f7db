package org.regionalrescue.application;

import org.regionalrescue.support.RescueApplicationTest;

/** The application as {@code mvn spring-boot:run} starts it, on H2. */
@RescueApplicationTest
class ApplicationOnH2IT extends ApplicationChecks {}
