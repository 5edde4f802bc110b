package org.rebuildtrust.browser;

/**
 * The therapist's and the partners' homework flow end to end (give, draft, reveal together, feedback), with the WAR on
 * a real PostgreSQL as in production. The class's other tests check pages and messages, which do not depend on the
 * database: overridden here without {@code @Test}, they run on H2 only.
 */
class HomeworkPostgresIT extends HomeworkIT implements BrowserTestSupport.OnPostgres {

    @Override
    void theCaseloadShowsPerPartnerWhichAnswersWaitForReview() {
        // H2 only
    }

    @Override
    void aBlankFormCannotBeSubmittedAndSaysWhatIsMissing() {
        // H2 only
    }

    @Override
    void aWeeklyCheckInUntilADateProducesOneAssignmentPerWeek() {
        // H2 only
    }
}
