package org.regionalrescue.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A request body that is not JSON, or JSON of the wrong shape (an array where an object is expected, text where a
 * map of variables is expected). Camunda answers 400 with an empty message; this says what is wrong.
 */
final class MalformedJsonMapper {

  static final String MESSAGE = "请求内容不是有效的 JSON，或结构不符合接口要求：请检查请求体。";

  private MalformedJsonMapper() {}

  static Response answer() {
    ExceptionDto body = new ExceptionDto();
    body.setType("InvalidRequestException");
    body.setMessage(MESSAGE);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Not JSON at all. */
  static class Parse implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return answer();
    }
  }

  /** JSON, but not what the resource reads. */
  static class Mapping implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer();
    }
  }
}
