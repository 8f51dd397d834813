package org.shortagewatch.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in this JVM between a client and a server, for fault tests: {@link #dropConnections()} cuts every open
 * connection at once (both ends see it closed, as when a firewall or a failing network drops it), and
 * {@link #freeze()} stops forwarding bytes without closing anything (a frozen peer) until {@link #unfreeze()}.
 * New connections keep being accepted and forwarded; a frozen proxy accepts them but forwards nothing.
 *
 * <p>Written for the project (one socket pair and two copying threads per connection) because no maintained proxy
 * library of this kind is served from the registries the build may use.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object frozenLock = new Object();
    private volatile boolean frozen;
    private volatile boolean closed;

    private TcpProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    /** Listens on {@code port} of the loopback address (0: any free port) and forwards to {@code targetPort} there. */
    public static TcpProxy start(int port, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        TcpProxy proxy = new TcpProxy(server, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        Thread accept = new Thread(proxy::acceptLoop, "tcp-proxy-" + server.getLocalPort());
        accept.setDaemon(true);
        accept.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every connection open now; the proxy goes on accepting new ones. */
    public void dropConnections() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    /** Stops forwarding in both directions; nothing is closed, bytes wait. */
    public void freeze() {
        frozen = true;
    }

    /** Forwards again what waited, and everything after. */
    public void unfreeze() {
        synchronized (frozenLock) {
            frozen = false;
            frozenLock.notifyAll();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 5000);
                } catch (IOException refused) {
                    closeQuietly(client);
                    continue;
                }
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitUnfrozen();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // one side closed or was dropped: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitUnfrozen() throws InterruptedException {
        synchronized (frozenLock) {
            while (frozen && !closed) {
                frozenLock.wait(200);
            }
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        unfreeze();
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        dropConnections();
    }
}
