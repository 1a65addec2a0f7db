package org.regionalrescue.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine's REST resources wrap every engine exception of a start or a task completion into a 500. When the cause
 * is bad input (a {@link BadUserRequestException} thrown by our delegates and validators), the caller gets a 400
 * with our message instead: what is wrong, in words a caseworker understands.
 */
class BadUserRequestMapper implements ExceptionMapper<RestException> {

  private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();

  @Override
  public Response toResponse(RestException exception) {
    BadUserRequestException badInput = badInputBehind(exception);
    if (badInput == null) {
      return CAMUNDA.getResponse(exception);
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(CAMUNDA.fromException(badInput))
        .build();
  }

  private static BadUserRequestException badInputBehind(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        return badInput;
      }
    }
    return null;
  }
}
