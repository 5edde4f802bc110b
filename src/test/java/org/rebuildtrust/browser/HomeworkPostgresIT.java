package org.rebuildtrust.browser;

/** the therapist's and the partners' homework flow end to end, with the WAR on a real PostgreSQL as in production. */
class HomeworkPostgresIT extends HomeworkIT implements BrowserTestSupport.OnPostgres {
}
