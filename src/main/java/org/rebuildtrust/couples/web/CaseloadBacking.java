package org.rebuildtrust.couples.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.couples.CaseloadQuery;
import org.rebuildtrust.couples.CaseloadRow;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.couples.HomeworkCounts;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The therapist's home: the caseload table, paged, sorted, filtered and searched in the database. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoupleService coupleService;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    private CoupleStatus status;
    @Size(max = Lengths.LABEL)
    private String search;
    private LazyDataModel<CaseloadRow> couples;

    @PostConstruct
    void init() {
        couples = new CaseloadModel();
        pageViews.opened(AuditRecord.COUPLE, null, null, "caseload");
    }

    public void clearSearch() {
        search = null;
        status = null;
    }

    /** Overdue homework on this row, per partner ("Alex 1 · Jordan 2"), or empty. */
    public String overdueText(CaseloadRow row) {
        HomeworkCounts c = row.getHomework();
        return perPartner(row, c.getOverdueA(), c.getOverdueB(), c.getOverdueJoint());
    }

    /** Answers waiting for review on this row, per partner, or empty. */
    public String waitingText(CaseloadRow row) {
        HomeworkCounts c = row.getHomework();
        return perPartner(row, c.getWaitingA(), c.getWaitingB(), c.getWaitingJoint());
    }

    private static String perPartner(CaseloadRow row, long a, long b, long joint) {
        List<String> parts = new java.util.ArrayList<>();
        if (a > 0) {
            parts.add(Partner.firstNameOf(row.getPartnerAName()) + " " + a);
        }
        if (b > 0) {
            parts.add(Partner.firstNameOf(row.getPartnerBName()) + " " + b);
        }
        if (joint > 0) {
            parts.add(Messages.text("homework.joint") + " " + joint);
        }
        return String.join(" · ", parts);
    }

    public LazyDataModel<CaseloadRow> getCouples() {
        return couples;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public void setStatus(CoupleStatus status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Adapts the table's requests to the service: a count and a page, one statement each. */
    private final class CaseloadModel extends LazyDataModel<CaseloadRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) coupleService.caseloadSize(currentActor.require(), query(0, 1, Map.of()));
        }

        @Override
        public List<CaseloadRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return coupleService.caseloadPage(currentActor.require(), query(first, pageSize, sortBy));
        }

        private CaseloadQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            CaseloadQuery.SortKey key = sort == null ? null : CaseloadQuery.SortKey.forField(sort.getField());
            boolean descending = key == null || sort.getOrder() == SortOrder.DESCENDING;
            return new CaseloadQuery(first, pageSize, key, descending, status, search);
        }

        @Override
        public String getRowKey(CaseloadRow row) {
            return Long.toString(row.getId());
        }

        @Override
        public CaseloadRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
