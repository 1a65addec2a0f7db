package org.regionalrescue.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.regionalrescue.rest.EngineRefusals.Refusal;

/**
 * The engine's REST resources wrap every engine exception of a start or a task completion into a 500. When the cause
 * is bad input (a {@code BadUserRequestException} thrown by our delegates and validators, or one of the engine's own
 * refusals listed in {@link EngineRefusals}), the caller gets a 4xx with a message instead: what is wrong, in words a
 * caseworker understands. Anything else keeps Camunda's answer.
 */
class BadUserRequestMapper implements ExceptionMapper<RestException> {

  private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();

  @Override
  public Response toResponse(RestException exception) {
    return answer(exception);
  }

  static Response answer(Throwable exception) {
    Optional<Refusal> refusal = EngineRefusals.of(exception);
    if (refusal.isEmpty()) {
      return CAMUNDA.getResponse(exception);
    }
    ExceptionDto body = new ExceptionDto();
    body.setType(refusal.get().type());
    body.setMessage(refusal.get().message());
    return Response.status(refusal.get().status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * The same for engine exceptions the resources do not wrap (claiming a task that does not exist answers a bare
   * {@code NullValueException}, a 500 by Camunda's mapper).
   */
  static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }
}
