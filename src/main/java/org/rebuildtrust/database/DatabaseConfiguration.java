package org.rebuildtrust.database;

/**
 * The application's own connection pool, defined in WEB-INF/web.xml ({@code <data-source>}). Its settings come from
 * MicroProfile Config: the embedded H2 default (META-INF/microprofile-config.properties) switches to PostgreSQL
 * through DB_URL, DB_USER, DB_PASSWORD and DB_DATASOURCE_CLASS; DB_POOL_MIN_SIZE and DB_POOL_MAX_SIZE size the pool
 * (environment or -D only: Payara reads them before the application's own configuration file exists; without them
 * it keeps 8 to 32 connections). Payara's built-in default datasource is not used: it lives in a folder deleted at stop.
 */
public final class DatabaseConfiguration {

    public static final String DATASOURCE = "java:app/jdbc/rebuild";

    /** The pool's sizes when DB_POOL_MIN_SIZE / DB_POOL_MAX_SIZE are not set: Payara's own for a data source. */
    public static final int DEFAULT_MIN_POOL_SIZE = 8;
    public static final int DEFAULT_MAX_POOL_SIZE = 32;

    private DatabaseConfiguration() {
    }
}
