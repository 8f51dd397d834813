package org.shortagewatch.notification.delivery;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) inside the test JVM, on a free port, that the service's mailer sends to. */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {

    static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "Shortage Watch <alerts@shortagewatch.example>");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
