package org.regionalrescue.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineRefusalsTest {

  @Test
  void aCompletionThatLostAgainstASimultaneousOneIsAConflictNotAServerError() {
    // what TaskResourceImpl.submit throws when another caseworker's completion of the same task committed first
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-03005 Execution of 'DELETE TaskEntity[…]' failed.",
            new OptimisticLockingException("Entity was updated by another transaction concurrently.")),
        "Cannot submit task form …");

    EngineRefusals.Refusal refusal = EngineRefusals.of(wrapped).orElseThrow();

    assertThat(refusal.status()).isEqualTo(Status.CONFLICT);
    assertThat(refusal.message()).isEqualTo(ConcurrentUpdateMappers.CONCURRENT_UPDATE).doesNotContain("Exception");
  }

  @Test
  void aServerErrorOfAnotherKindKeepsCamundasAnswer() {
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("connection refused"), "Cannot submit task form …");

    assertThat(EngineRefusals.of(wrapped)).isEmpty();
  }
}
