package shenbao.book.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The certificates the platform has sealed with, current and earlier ({@code seal_certificate}): a book sealed before
 * a key change still verifies after it, on every node. Registering is idempotent and safe when nodes start together.
 */
class SealCertificates {

	private final JdbcClient jdbc;

	private final Clock clock;

	SealCertificates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the certificate unless it is known already. */
	void register(X509Certificate certificate) {
		String sha256 = sha256(certificate);
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM seal_certificate WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO seal_certificate (sha256, subject, not_after, der_base64, registered_at)
					VALUES (:sha256, :subject, :notAfter, :der, :now)""")
				.param("sha256", sha256)
				.param("subject", certificate.getSubjectX500Principal().getName())
				.param("notAfter", Timestamp.from(certificate.getNotAfter().toInstant()))
				.param("der", Base64.getEncoder().encodeToString(encoded(certificate)))
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another node registered it at the same moment
		}
	}

	/** Every registered certificate, oldest first. */
	List<X509Certificate> all() {
		return this.jdbc.sql("SELECT der_base64 FROM seal_certificate ORDER BY registered_at, sha256")
			.query(String.class)
			.list()
			.stream()
			.map(SealCertificates::decoded)
			.toList();
	}

	static String sha256(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded(certificate)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("The seal certificate cannot be encoded", ex);
		}
	}

	private static X509Certificate decoded(String base64) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
		}
		catch (CertificateException ex) {
			throw new IllegalStateException("A registered seal certificate cannot be read", ex);
		}
	}

}
