package org.rebuildtrust.testsupport;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which Failsafe's parallel run starts the integration test classes, so that the long ones do not start
 * last and leave the run waiting on them alone: the test with a server of its own (it waits out session timeouts)
 * first, then browser classes (which queue for the demo servers, started at their first lease) alternating with the
 * persistence contracts on PostgreSQL (the slowest contracts), then the contracts on H2, which take seconds and fill
 * the gaps. Only the start order changes; which class runs beside which was never fixed (see DemoServers).
 */
public final class SuiteOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<ClassDescriptor> ownServer = new ArrayList<>();
        List<ClassDescriptor> browser = new ArrayList<>();
        List<ClassDescriptor> postgresContracts = new ArrayList<>();
        List<ClassDescriptor> rest = new ArrayList<>();
        List<ClassDescriptor> all = new ArrayList<>(context.getClassDescriptors());
        all.sort(Comparator.comparing(c -> c.getTestClass().getName()));
        for (ClassDescriptor descriptor : all) {
            String name = descriptor.getTestClass().getName();
            if (name.contains(".ownserver.")) {
                ownServer.add(descriptor);
            } else if (name.contains(".browser.")) {
                browser.add(descriptor);
            } else if (name.endsWith("PostgresIT")) {
                postgresContracts.add(descriptor);
            } else {
                rest.add(descriptor);
            }
        }
        List<ClassDescriptor> ordered = new ArrayList<>(ownServer);
        for (int i = 0; i < Math.max(browser.size(), postgresContracts.size()); i++) {
            if (i < browser.size()) {
                ordered.add(browser.get(i));
            }
            if (i < postgresContracts.size()) {
                ordered.add(postgresContracts.get(i));
            }
        }
        ordered.addAll(rest);
        context.getClassDescriptors().sort(Comparator.comparingInt(ordered::indexOf));
    }
}
