package org.rebuildtrust.database;

import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many of the pool's connections the persistence unit holds right now, for the pool-use metric (PoolMetrics).
 * EclipseLink tells when it takes a connection from the application server's pool and when it gives one back; it is
 * registered in persistence.xml (eclipselink.session-event-listener), so EclipseLink makes it, not CDI, and the count
 * lives in this class. Each holder is remembered rather than counted up and down: a connection dropped on an error is
 * given back without the "release" event, and is then no longer counted because its holder no longer has one.
 * Short direct JDBC uses (migrations, the start-up lock, readiness, the reminder jobs) are not counted.
 */
public class ConnectionUse extends SessionEventAdapter {

    private static final Set<Accessor> HOLDERS = Collections.newSetFromMap(new ConcurrentHashMap<>());

    @Override
    public void postAcquireConnection(SessionEvent event) {
        if (event.getResult() instanceof Accessor holder) {
            HOLDERS.add(holder);
        }
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        if (event.getResult() instanceof Accessor holder) {
            HOLDERS.remove(holder);
        }
    }

    /** Connections the persistence unit holds now. */
    public static int inUse() {
        HOLDERS.removeIf(holder -> holder.getDatasourceConnection() == null);
        return HOLDERS.size();
    }
}
