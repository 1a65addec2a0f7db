package org.regionalrescue.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node of a cluster ({@code rescue.cluster.node-name}, environment {@code RESCUE_NODE_NAME}): its job
 * executor locks jobs under that name, so Cockpit's job details and {@code ACT_RU_JOB.LOCK_OWNER_} tell which node
 * holds a job, and after a node failed which jobs wait for their lock to expire; the job log
 * ({@code ACT_HI_JOB_LOG.HOSTNAME_}) and the metrics name the node that ran a job. Without a name the engine's
 * defaults stay (a random lock owner, the host name). Names must differ between nodes.
 */
@Component
public class ClusterNodePlugin extends AbstractProcessEnginePlugin {

  /** The lock owner column holds 255 characters. */
  static final int LONGEST_NAME = 255;

  private final String nodeName;

  public ClusterNodePlugin(@Value("${rescue.cluster.node-name:}") String nodeName) {
    String name = nodeName == null ? "" : nodeName.strip();
    if (name.length() > LONGEST_NAME) {
      throw new IllegalArgumentException("rescue.cluster.node-name is longer than " + LONGEST_NAME + " characters");
    }
    this.nodeName = name;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!nodeName.isEmpty()) {
      configuration.setHostname(nodeName);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (!nodeName.isEmpty() && jobExecutor != null) {
      jobExecutor.setLockOwner(nodeName);
    }
  }

  /** This node's name, empty when none is configured. */
  public String nodeName() {
    return nodeName;
  }
}
