package org.regionalrescue.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Two people (or two nodes of a cluster) acting on the same thing at once is not a server error: the engine's REST
 * API answers it with a 500, we answer 409 Conflict with what happened in words a caseworker understands. One
 * answer wins; the others change nothing and may look again. Registered by {@link ConcurrentUpdateResponses}.
 */
final class ConcurrentUpdateMappers {

  /** The message of a task someone else claimed first. */
  static final String ALREADY_CLAIMED = "该任务已由其他工作人员认领，本次认领未生效：请刷新待办列表。";

  /** The message of a change that lost against a simultaneous one. */
  static final String CONCURRENT_UPDATE = "该任务或个案刚被其他工作人员或系统同时处理，本次操作未生效：请刷新后再试。";

  private ConcurrentUpdateMappers() {}

  /** {@code taskService.claim} of a task that has an assignee already. */
  static final class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
    @Override
    public Response toResponse(TaskAlreadyClaimedException exception) {
      return conflict(TaskAlreadyClaimedException.class, ALREADY_CLAIMED);
    }
  }

  /** A transaction that changed a row another transaction changed first (claims at the same moment, ...). */
  static final class ConcurrentUpdate implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return conflict(OptimisticLockingException.class, CONCURRENT_UPDATE);
    }
  }

  static Response conflict(Class<?> type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.getSimpleName());
    body.put("message", message);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
