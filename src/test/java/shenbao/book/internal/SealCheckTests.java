package shenbao.book.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key change must not break the books sealed before it: the check accepts a seal made with any registered
 * certificate, and only those.
 */
class SealCheckTests {

	@TempDir
	static Path keys;

	static PlatformSeal earlier;

	static PlatformSeal current;

	static byte[] sealedEarlier;

	@BeforeAll
	static void sealWithTheEarlierKey() throws IOException {
		Clock clock = Clock.systemUTC();
		earlier = PlatformSeal.demo(keys.resolve("earlier/seal"), clock);
		current = PlatformSeal.demo(keys.resolve("current/seal"), clock);
		sealedEarlier = new PadesSigner(earlier).seal(blankPdf(), Instant.now(), "Shenbao", "test");
	}

	@Test
	void aBookSealedWithAnEarlierKeyVerifiesWhileThatCertificateIsRegistered() {
		assertThat(new SealCheck(() -> List.of(earlier.certificate(), current.certificate())).intact(sealedEarlier))
			.isTrue();
		assertThat(new SealCheck(() -> List.of(current.certificate(), earlier.certificate())).intact(sealedEarlier))
			.isTrue();
	}

	@Test
	void aSealByACertificateThePlatformNeverRegisteredIsNotIntact() {
		assertThat(new SealCheck(() -> List.of(current.certificate())).intact(sealedEarlier)).isFalse();
		assertThat(new SealCheck(List::of).intact(sealedEarlier)).isFalse();
	}

	@Test
	void aChangedByteStillBreaksTheSealWhateverTheCertificates() {
		byte[] changed = sealedEarlier.clone();
		changed[changed.length / 3] ^= 1;
		assertThat(new SealCheck(() -> List.of(earlier.certificate(), current.certificate())).intact(changed))
			.isFalse();
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
