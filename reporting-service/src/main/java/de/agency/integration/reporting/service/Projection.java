package de.agency.integration.reporting.service;

import de.agency.integration.inbox.ReceivedEvent;

/** Builds read models from the events of one topic; called once per event, in the inbox's transaction. */
public interface Projection {

    String topic();

    void apply(ReceivedEvent event);
}
