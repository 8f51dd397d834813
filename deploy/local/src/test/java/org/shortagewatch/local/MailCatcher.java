package org.shortagewatch.local;

import java.io.IOException;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.shortagewatch.infra.TcpProxy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The fault suite's mail server: a real SMTP server (GreenMail) in the test JVM that keeps every message, behind a
 * {@link TcpProxy} on the port notification sends to, so the server can be taken down ({@link #down()}: the port
 * refuses connections, as a stopped mail server's does) and brought back ({@link #up()}) without losing what it
 * received.
 */
final class MailCatcher implements AutoCloseable {

    /** The header notification names a message's ledger row in. */
    static final String DELIVERY_HEADER = "X-ShortageWatch-Delivery";

    private final GreenMail server;
    private final int port;
    private TcpProxy proxy;

    private MailCatcher(GreenMail server, TcpProxy proxy) {
        this.server = server;
        this.proxy = proxy;
        this.port = proxy.port();
    }

    static MailCatcher start() throws IOException {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        try {
            return new MailCatcher(server, TcpProxy.start(0, server.getSmtp().getPort()));
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Where notification sends mail (localhost). */
    int port() {
        return port;
    }

    /** Takes the server down: connections to {@link #port()} are refused, open ones are cut. */
    synchronized void down() {
        proxy.close();
    }

    /** Brings it back on the same port. */
    synchronized void up() throws IOException {
        proxy = TcpProxy.start(port, server.getSmtp().getPort());
    }

    /** The ledger ids ({@value #DELIVERY_HEADER}) of the messages {@code address} received, in the order they came. */
    List<String> deliveries(String address) {
        return server.findReceivedMessages(user -> address.equals(user.getEmail()), message -> true)
                .map(MailCatcher::deliveryId).toList();
    }

    private static String deliveryId(MimeMessage message) {
        try {
            String[] id = message.getHeader(DELIVERY_HEADER);
            return id == null ? "" : id[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        proxy.close();
        server.stop();
    }
}
