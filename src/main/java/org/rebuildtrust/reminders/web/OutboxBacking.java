package org.rebuildtrust.reminders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.rebuildtrust.reminders.OutboxEntry;
import org.rebuildtrust.reminders.ReminderOutbox;
import org.rebuildtrust.security.CurrentActor;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The admin's outbox: the practice's reminder emails, newest first, a page at a time from the database, with where
 * each stands (queued, sent, failed after its last try). Addresses, kinds and times only: no email's words are kept.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses the filter offers. */
    private static final List<String> STATUSES = List.of("QUEUED", "SENDING", "SENT", "FAILED");

    @Inject
    transient ReminderOutbox outbox;

    @Inject
    transient CurrentActor currentActor;

    private String status;
    private final LazyDataModel<OutboxEntry> entries = new Pages();

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return status;
    }

    /** A status from the list, or all; anything else typed into the request is taken as all. */
    public void setStatus(String status) {
        this.status = STATUSES.contains(status) ? status : null;
    }

    public LazyDataModel<OutboxEntry> getEntries() {
        return entries;
    }

    private final class Pages extends LazyDataModel<OutboxEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count(currentActor.require(), status));
        }

        @Override
        public List<OutboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.page(currentActor.require(), status, first, pageSize);
        }

        @Override
        public String getRowKey(OutboxEntry entry) {
            return Long.toString(entry.getId());
        }
    }
}
