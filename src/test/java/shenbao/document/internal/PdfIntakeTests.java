package shenbao.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import shenbao.document.TestFiles;
import shenbao.platform.Platform;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upload intake on the local filesystem, without Spring or a database, as a benchmark harness would drive it:
 * the PDF check on the bytes, the size limit while streaming, SHA-256, and nothing left behind by a refusal.
 */
class PdfIntakeTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T01:00:00Z"), Platform.ZONE);

	@TempDir
	Path root;

	private LocalFileStorage storage;

	private PdfIntake intake;

	@BeforeEach
	void setUp() throws IOException {
		this.storage = new LocalFileStorage(this.root);
		this.intake = new PdfIntake(this.storage, DataSize.ofMegabytes(1), CLOCK);
	}

	@Test
	void storesAPdfWithItsSha256AndSizeAndGivesTheSameBytesBack() throws IOException {
		PdfIntake.ReceivedFile received = this.intake.receive(new ByteArrayInputStream(TestFiles.licence()),
				"营业执照.pdf");

		assertThat(received.sha256()).isEqualTo(TestFiles.LICENCE_SHA256);
		assertThat(received.size()).isEqualTo(TestFiles.LICENCE_SIZE);
		assertThat(received.filename()).isEqualTo("营业执照.pdf");
		assertThat(received.storageKey()).isEqualTo("2026/05/20/" + received.id() + ".pdf");
		assertThat(received.storedAt()).isEqualTo(CLOCK.instant());
		try (InputStream stored = this.storage.read(received.storageKey())) {
			assertThat(stored.readAllBytes()).isEqualTo(TestFiles.licence());
		}
		assertThat(filesUnder(this.storage.incoming())).isZero();
	}

	@Test
	void refusesARenamedWindowsProgramBeforeWritingAnything() {
		assertThatThrownBy(() -> this.intake.receive(new ByteArrayInputStream(TestFiles.windowsProgram()),
				"营业执照.pdf"))
			.isInstanceOf(UnsupportedMedia.class)
			.hasMessage("platform.upload.not-pdf");
		assertThat(filesUnder(this.root)).isZero();
	}

	@Test
	void refusesPdfHeadersThatDoNotStartTheFile() {
		// SPEC §4 checks the bytes; we accept no junk before the header (see PdfIntake), not even a blank line
		for (String content : new String[] { "", "%PD", "\n%PDF-1.7\n", "MZ%PDF-1.7\n", "%pdf-1.7\n" }) {
			assertThatThrownBy(() -> this.intake.receive(new ByteArrayInputStream(content.getBytes()), "a.pdf"))
				.as("%s", content)
				.isInstanceOf(UnsupportedMedia.class);
		}
		assertThat(filesUnder(this.root)).isZero();
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() {
		PdfIntake.ReceivedFile received = this.intake
			.receive(new ByteArrayInputStream(TestFiles.pdfOfSize(DataSize.ofMegabytes(1).toBytes())), "a.pdf");

		assertThat(received.size()).isEqualTo(1024 * 1024);
	}

	@Test
	void refusesTheFirstByteOverTheLimitAndLeavesNoPartialFile() {
		byte[] content = TestFiles.pdfOfSize(DataSize.ofMegabytes(1).toBytes() + 1);

		assertThatThrownBy(() -> this.intake.receive(new ByteArrayInputStream(content), "big.pdf"))
			.isInstanceOfSatisfying(TooLarge.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("platform.upload.too-large");
				assertThat(refusal.arguments()).containsExactly("1");
			});
		assertThat(filesUnder(this.root)).as("no partial file anywhere under the root").isZero();
	}

	@Test
	void anUploadThatBreaksOffMidwayLeavesNothing() {
		InputStream broken = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (this.sent == 100_000) {
					throw new IOException("client went away");
				}
				return (this.sent < 5) ? "%PDF-".charAt(this.sent++) : (this.sent++ & 0x7f);
			}
		};

		assertThatThrownBy(() -> this.intake.receive(broken, "a.pdf")).isInstanceOf(UncheckedIOException.class);
		assertThat(filesUnder(this.root)).isZero();
	}

	@Test
	void bytesReachTheDiskWhileTheUploadIsStillBeingRead() throws IOException {
		// What keeps memory flat is that the upload streams through a small buffer. Observable from outside: when
		// 40 MB of a 50 MB upload have been read, (almost) 40 MB are already in the temporary file. An intake that
		// collected the upload in memory first would show an empty file at that point. The heap growth per
		// concurrent upload is measured by the benchmark, not here.
		long size = DataSize.ofMegabytes(50).toBytes();
		long probeAt = DataSize.ofMegabytes(40).toBytes();
		var intake = new PdfIntake(this.storage, DataSize.ofMegabytes(60), CLOCK);
		long[] onDiskAtProbe = { -1 };
		InputStream generated = new InputStream() {
			private long sent;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.sent >= size) {
					return -1;
				}
				if (this.sent >= probeAt && onDiskAtProbe[0] < 0) {
					onDiskAtProbe[0] = bytesIn(PdfIntakeTests.this.storage.incoming());
				}
				int count = (int) Math.min(length, size - this.sent);
				for (int i = 0; i < count; i++) {
					long position = this.sent + i;
					buffer[offset + i] = (position < 5) ? (byte) "%PDF-".charAt((int) position) : (byte) position;
				}
				this.sent += count;
				return count;
			}
		};

		PdfIntake.ReceivedFile received = intake.receive(generated, "large.pdf");

		assertThat(received.size()).isEqualTo(size);
		assertThat(onDiskAtProbe[0]).isGreaterThan(probeAt - DataSize.ofKilobytes(64).toBytes());
		assertThat(Files.size(this.root.resolve(received.storageKey()))).isEqualTo(size);
	}

	private static long filesUnder(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long bytesIn(Path directory) {
		try (Stream<Path> paths = Files.list(directory)) {
			return paths.mapToLong(path -> path.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
