package org.rebuildtrust.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's own connection pool. Its settings come from MicroProfile Config, so the embedded H2 default
 * (META-INF/microprofile-config.properties) switches to PostgreSQL through DB_URL, DB_USER, DB_PASSWORD and
 * DB_DATASOURCE_CLASS. Payara's built-in default datasource is not used: it lives in a folder deleted at stop.
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.DATASOURCE,
        className = "${MPCONFIG=db.datasource.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                // Every connection is checked before the pool lends it (JDBC's Connection.isValid, which PostgreSQL
                // answers with an empty query), and when one is found broken the pool drops all it holds: after the
                // database restarts, the first request gets new connections and the app serves again by itself,
                // instead of lending dead connections ("This connection has been closed") until it is restarted.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DatabaseConfiguration {

    public static final String DATASOURCE = "java:app/jdbc/rebuild";
}
