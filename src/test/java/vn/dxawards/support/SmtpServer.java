package vn.dxawards.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the classes that test e-mail; the
 * application's mailer is pointed at it instead of the test profile's mock. Inject it into a test
 * field annotated {@link Inbox}. Stopped with the application.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's field that receives the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inbox {
    }

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                "dx.mail.retry-delay", "1s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(Inbox.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The messages the server received addressed (To) to the address, in the order received. */
    public static List<MimeMessage> to(GreenMail smtp, String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(m);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    /** The message's plain-text part, decoded. */
    public static String plainText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no plain text");
    }
}
