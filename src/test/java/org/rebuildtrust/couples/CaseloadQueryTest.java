package org.rebuildtrust.couples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaseloadQueryTest {

    @Test
    void searchWildcardsTypedByTheUserMatchOnlyThemselves() {
        CaseloadQuery query = new CaseloadQuery(0, 20, null, false, null, "50%_Off!");
        assertEquals("%50!%!_off!!%", query.likePattern());
    }

    @Test
    void blankSearchMeansNoSearch() {
        assertNull(new CaseloadQuery(0, 20, null, false, null, "   ").search());
    }

    @Test
    void pageBoundsAreClampedSoATamperedRequestCannotAskForEverything() {
        CaseloadQuery query = new CaseloadQuery(-5, 1_000_000, null, false, null, null);
        assertEquals(0, query.first());
        assertEquals(CaseloadQuery.MAX_PAGE_SIZE, query.pageSize());
        assertEquals(1, new CaseloadQuery(0, 0, null, false, null, null).pageSize());
    }

    @Test
    void unknownSortFieldsFallBackToLastActivity() {
        assertNull(CaseloadQuery.SortKey.forField("c.id; DROP TABLE couple"));
        CaseloadQuery query = new CaseloadQuery(0, 10, CaseloadQuery.SortKey.forField("nonsense"), true, null, null);
        assertEquals(CaseloadQuery.SortKey.NEEDS_ATTENTION, query.sortKey(), "needs attention first by default");
        assertEquals(CaseloadQuery.SortKey.LABEL, CaseloadQuery.SortKey.forField("label"));
    }
}
