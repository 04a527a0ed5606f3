package vn.dxawards.decision.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.RFC4519Style;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys, certificates and keystores: small helpers over the JDK and BouncyCastle. */
public final class Pki {

    /** A private key with its certificate chain (the signer's certificate first). */
    public record KeyAndChain(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private Pki() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certification authority. */
    public static X509Certificate authority(KeyPair keys, String subject, Duration validity) {
        return certificate(keys.getPublic(), name(subject), keys.getPrivate(), name(subject), null, validity, true);
    }

    /** A signing certificate (digital signature and non-repudiation) issued by {@code issuer}. */
    public static X509Certificate signer(KeyPair keys, String subject, KeyPair issuerKeys, X509Certificate issuer,
            Duration validity) {
        return certificate(keys.getPublic(), name(subject), issuerKeys.getPrivate(),
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), issuer, validity, false);
    }

    /** "CN=…,O=…,C=VN" read as LDAP does (RFC 4514): the country first in the certificate, as usual. */
    private static X500Name name(String subject) {
        return new X500Name(RFC4519Style.INSTANCE, subject);
    }

    private static X509Certificate certificate(java.security.PublicKey key, X500Name subject, PrivateKey issuerKey,
            X500Name issuerName, X509Certificate issuer, Duration validity, boolean authority) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject, key);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, authority
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuer));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pkcs12(String alias, KeyAndChain entry, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, entry.key(), password, entry.chain().toArray(Certificate[]::new));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key entry {@code alias} (or the first key entry) of a PKCS#12 keystore. */
    public static KeyAndChain readKey(byte[] pkcs12, char[] password, String alias)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(pkcs12), password);
        String name = alias;
        if (name == null) {
            for (String candidate : Collections.list(store.aliases())) {
                if (store.isKeyEntry(candidate)) {
                    name = candidate;
                    break;
                }
            }
        }
        if (name == null || !store.isKeyEntry(name)) {
            throw new GeneralSecurityException("no key entry " + (alias == null ? "" : alias));
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(name)) {
            chain.add((X509Certificate) certificate);
        }
        return new KeyAndChain((PrivateKey) store.getKey(name, password), chain);
    }

    /** Every certificate of a PEM bundle, or of a PKCS#12 file (keys ignored). */
    public static List<X509Certificate> readCertificates(byte[] content, char[] password)
            throws GeneralSecurityException, IOException {
        String text = new String(content, StandardCharsets.US_ASCII);
        List<X509Certificate> certificates = new ArrayList<>();
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            try (InputStream in = new ByteArrayInputStream(content)) {
                for (Certificate certificate : factory.generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            }
            return certificates;
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(content), password);
        for (String alias : Collections.list(store.aliases())) {
            Certificate certificate = store.getCertificate(alias);
            if (certificate instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }

    public static String pem(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
