package org.regionalrescue.rest;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts our exception mappers ({@link BadUserRequestMapper} and its engine-exception twin, {@link MalformedJsonMapper})
 * in front of Camunda's own mappers of the same exception types in every JAX-RS application of the process: the REST
 * API at {@code /engine-rest} and the API the webapps call ({@code /camunda/api/engine}), so that Tasklist shows a
 * refused form's reason as it was written. Registered in
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
public class BadInputResponses implements ForcedAutoDiscoverable {

  /** Before Camunda's mapper of the same exception type. */
  private static final int BEFORE_CAMUNDA = 1;

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {BadUserRequestMapper.class, BadUserRequestMapper.EngineExceptionMapper.class,
        MalformedJsonMapper.Parse.class, MalformedJsonMapper.Mapping.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper, BEFORE_CAMUNDA);
      }
    }
  }
}
