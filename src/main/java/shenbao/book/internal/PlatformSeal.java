package shenbao.book.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's signing key and certificate.
 * <p>
 * A deployment configures a PKCS#12 keystore ({@link SealProperties}). The demo ({@code shenbao.demo.enabled=true})
 * may run without one: it then generates a self-signed key once and keeps it under the storage root
 * ({@code <root>/seal/}), so books sealed before a restart still verify after it. Without demo and without a
 * keystore the application refuses to start: a platform that silently sealed with a throwaway key would hand out
 * books that no later check could confirm.
 */
final class PlatformSeal {

	private static final Logger log = LoggerFactory.getLogger(PlatformSeal.class);

	static final String DEMO_ALIAS = "seal";

	private final PrivateKey key;

	private final X509Certificate certificate;

	PlatformSeal(PrivateKey key, X509Certificate certificate) {
		this.key = key;
		this.certificate = certificate;
	}

	PrivateKey key() {
		return this.key;
	}

	X509Certificate certificate() {
		return this.certificate;
	}

	/** JCA name of the signature algorithm for this key (RSA or EC keys). */
	String signatureAlgorithm() {
		return "EC".equals(this.key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
	}

	static PlatformSeal load(SealProperties properties, boolean demo, Path storageRoot, Clock clock) {
		if (properties.keystore() != null) {
			if (properties.password() == null) {
				throw new IllegalStateException("shenbao.seal.password is required with shenbao.seal.keystore");
			}
			return fromKeystore(properties.keystore(), properties.password().toCharArray(), properties.alias());
		}
		if (!demo) {
			throw new IllegalStateException("""
					No platform seal configured: set shenbao.seal.keystore (a PKCS#12 file), shenbao.seal.password and \
					shenbao.seal.alias (env SHENBAO_SEAL_KEYSTORE, SHENBAO_SEAL_PASSWORD, SHENBAO_SEAL_ALIAS); \
					only the demo (shenbao.demo.enabled=true) may generate its own key""");
		}
		return demo(storageRoot.resolve("seal"), clock);
	}

	static PlatformSeal fromKeystore(Path file, char[] password, String alias) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			if (!(store.getKey(alias, password) instanceof PrivateKey key)
					|| !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
				throw new IllegalStateException("The seal keystore " + file + " has no private key with its certificate "
						+ "under the alias '" + alias + "' (shenbao.seal.alias)");
			}
			return new PlatformSeal(key, certificate);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Could not read the seal keystore " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The demo's key: read from {@code directory} if an earlier start made it, else generated and put there. The key
	 * and its password are written to a fresh directory that is then renamed into place, so two nodes starting at
	 * once end up with the same key (the loser of the rename reads the winner's).
	 */
	static PlatformSeal demo(Path directory, Clock clock) {
		Path keystore = directory.resolve("demo-seal.p12");
		Path password = directory.resolve("demo-seal.password");
		try {
			if (!Files.exists(keystore)) {
				Files.createDirectories(directory.getParent());
				Path fresh = directory.resolveSibling("seal-" + UUID.randomUUID());
				Files.createDirectories(fresh);
				String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
				Files.writeString(fresh.resolve(password.getFileName()), secret, StandardCharsets.US_ASCII);
				try (OutputStream out = Files.newOutputStream(fresh.resolve(keystore.getFileName()))) {
					generate(clock, secret.toCharArray()).store(out, secret.toCharArray());
				}
				try {
					Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
					log.warn("Generated a self-signed demo seal in {}; configure shenbao.seal.keystore in production",
							directory.toAbsolutePath());
				}
				catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException ex) {
					deleteQuietly(fresh);
				}
			}
			return fromKeystore(keystore, Files.readString(password, StandardCharsets.US_ASCII).trim().toCharArray(),
					DEMO_ALIAS);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Could not create the demo seal in " + directory, ex);
		}
	}

	private static KeyStore generate(Clock clock, char[] secret) throws GeneralSecurityException, IOException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Shenbao platform seal (demo), O=Shenbao demo");
		Instant now = clock.instant();
		try {
			var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), secret, new Certificate[] { certificate });
			return store;
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
