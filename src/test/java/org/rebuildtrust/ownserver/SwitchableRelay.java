package org.rebuildtrust.ownserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a load balancer does when an instance dies, at its simplest: a loopback port whose connections are relayed,
 * byte for byte, to one instance's port, until the test sends new connections to another. The browser keeps one
 * address (and so its cookies) throughout, as it does behind nginx.
 */
final class SwitchableRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService pipes = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "relay");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int target;

    SwitchableRelay(int target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pipes.submit(this::acceptConnections);
    }

    /** The base address a browser uses. */
    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** New connections go to this port from now on. */
    void sendTo(int port) {
        target = port;
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                pipes.submit(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
            pipes.submit(() -> copy(client, upstream));
            copy(upstream, client);
        } catch (IOException refused) {
            // the instance is down: the browser sees the connection close, as with a dead upstream
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException ended) {
            // one side closed or died
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException alreadyClosed) {
                // nothing left to tell it
            }
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pipes.shutdownNow();
    }
}
