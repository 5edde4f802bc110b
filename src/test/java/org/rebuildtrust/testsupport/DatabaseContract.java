package org.rebuildtrust.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the persistence contracts: one fresh database of the subclass's kind for the whole class, with the
 * production persistence unit and migrations on it. Each contract runs once per kind (its ...H2IT and ...PostgresIT).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

    protected JpaTestContext jpa;

    protected abstract TestDatabase database();

    @BeforeAll
    void startDatabase() {
        jpa = JpaTestContext.on(database().migratedDatabase());
    }

    @AfterAll
    void closeDatabase() {
        jpa.close();
    }
}
