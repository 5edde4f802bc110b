package org.rebuildtrust.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends plain-text email through the SMTP server the configuration names (MAIL_SMTP_HOST, MAIL_SMTP_PORT,
 * MAIL_SMTP_USER, MAIL_SMTP_PASSWORD, MAIL_SMTP_STARTTLS, MAIL_FROM). Messages never carry clinical content: they say
 * that something is waiting and give a link. Without a server, the demo writes each message as a file to its outbox
 * folder (rebuild.mail.outbox, by default data/outbox) and logs only where, so neither names nor single-use links
 * reach the log; a real installation refuses, so nobody believes an email went out when it did not.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Rebuild <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "rebuild.mail.outbox", defaultValue = "./data/outbox")
    String outbox;

    private Session session;

    protected Mailer() {
        // for CDI
    }

    /** Wired by hand (tests): an SMTP server on this host and port, without authentication. */
    public Mailer(String host, int port, String from) {
        this.host = Optional.of(host);
        this.port = port;
        this.user = Optional.empty();
        this.password = Optional.empty();
        this.from = from;
        init();
    }

    @PostConstruct
    void init() {
        if (host.isEmpty() || host.get().isBlank()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public void send(String to, String subject, String text) {
        if (session == null) {
            if (demoMode) {
                Path written = writeToOutbox(to, subject, text);
                LOG.info(() -> "Demo mode without an SMTP server: an email was not sent but written to " + written);
                return;
            }
            throw new BusinessRuleException("mail.notConfigured");
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException failure) {
            LOG.warning(() -> "Could not send email: " + failure.getMessage());
            throw new BusinessRuleException("mail.failed");
        }
    }

    /**
     * One file per message, named by the time it was written so the newest sorts last. It is written under a ".part"
     * name and then renamed, so that whoever reads the folder never finds half a message.
     */
    private Path writeToOutbox(String to, String subject, String text) {
        try {
            Path folder = Files.createDirectories(Path.of(outbox)).toAbsolutePath();
            String name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(Instant.now())
                    + "-" + Tokens.newToken().substring(0, 6) + ".txt";
            Path part = Files.writeString(folder.resolve(name + ".part"),
                    "To: " + to + "\nSubject: " + subject + "\n\n" + text);
            return Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
