package org.rebuildtrust.audit.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditCsv;
import org.rebuildtrust.audit.AuditEntry;
import org.rebuildtrust.audit.AuditQuery;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.audit.Verification;
import org.rebuildtrust.audit.Viewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.rebuildtrust.couples.CaseloadQuery;
import org.rebuildtrust.couples.CaseloadRow;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Downloads;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The admin's audit page: search by user, couple, action and period; export what was found as CSV; see who has
 * viewed a couple's record; and verify the hash chain. Searching and exporting the trail are audited too.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient CoupleService couples;

    @Inject
    transient CurrentActor currentActor;

    private String coupleParam;
    @Size(max = Lengths.LOGIN_NAME)
    private String loginName;
    private Long coupleId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    /** The search the table pages through (as searched, not as the fields read since), null before the first. */
    private AuditQuery searched;
    private final EntryPages entries = new EntryPages();
    private List<Viewer> viewers = List.of();
    private List<CaseloadRow> practiceCouples = List.of();
    private Verification verification;

    @PostConstruct
    void init() {
        practiceCouples = couples.caseloadPage(currentActor.require(),
                new CaseloadQuery(0, CaseloadQuery.MAX_PAGE_SIZE, CaseloadQuery.SortKey.LABEL, false, null, null));
    }

    /** From the couple page's "who has seen this record" link: that couple, already searched. */
    public void load() {
        if (coupleParam != null && !coupleParam.isBlank()) {
            coupleId = Ids.parse("Couple", coupleParam);
        }
        search();
    }

    public void search() {
        searched = query();
        viewers = coupleId == null ? List.of() : audit.viewersOf(currentActor.require(), coupleId);
        audit.record(currentActor.require(), AuditAction.VIEW, AuditRecord.AUDIT_TRAIL, null, coupleId, "search");
    }

    public void exportCsv() {
        List<AuditEntry> found = audit.search(currentActor.require(), query());
        audit.record(currentActor.require(), AuditAction.EXPORT, AuditRecord.AUDIT_TRAIL, null, coupleId,
                found.size() + " entries");
        Downloads.send(AuditCsv.write(found), "audit-trail.csv");
    }

    public void verify() {
        verification = audit.verify(currentActor.require());
        if (verification.isIntact()) {
            Messages.info("audit.intact", verification.intactEntries());
        } else if (verification.firstBrokenPosition() != null) {
            Messages.error("audit.broken", verification.firstBrokenPosition());
        } else {
            Messages.error("audit.foreign", verification.firstForeignEntry());
        }
    }

    private AuditQuery query() {
        return new AuditQuery(loginName, coupleId, action, from, to);
    }

    /** A couple's label for the table, or its id when it has been erased. */
    public String coupleLabel(Long id) {
        if (id == null) {
            return "";
        }
        return practiceCouples.stream().filter(c -> c.getId() == id).map(CaseloadRow::getLabel).findFirst()
                .orElse("#" + id);
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public List<CaseloadRow> getPracticeCouples() {
        return practiceCouples;
    }

    /** The found entries, a page at a time (PrimeFaces asks for the page the table shows). */
    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** The pages of the last search, read from the trail as the table turns them; only the shown page is held. */
    private final class EntryPages extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return searched == null ? 0 : (int) Math.min(Integer.MAX_VALUE, audit.count(currentActor.require(), searched));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return searched == null ? List.of() : audit.page(currentActor.require(), searched, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.getId());
        }
    }

    public List<Viewer> getViewers() {
        return viewers;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getCoupleParam() {
        return coupleParam;
    }

    public void setCoupleParam(String coupleParam) {
        this.coupleParam = coupleParam;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public void setCoupleId(Long coupleId) {
        this.coupleId = coupleId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
