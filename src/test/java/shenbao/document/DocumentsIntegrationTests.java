package shenbao.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.UnsupportedMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Documents} and {@link UnitLibrary} on PostgreSQL, with the files under {@code target/test-files}. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentsIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	UnitLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesARealPdfWithItsSha256AndSizeAndReadsTheSameBytesBack() throws Exception {
		long unit = SecondApplicant.demoUnit(this.jdbc);
		Instant before = Instant.now();

		StoredFile stored = this.documents.storePdf(new ByteArrayInputStream(TestFiles.licence()), "营业执照.pdf", unit);

		assertThat(stored.sha256()).isEqualTo(TestFiles.LICENCE_SHA256);
		assertThat(stored.size()).isEqualTo(TestFiles.LICENCE_SIZE);
		assertThat(stored.filename()).isEqualTo("营业执照.pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.unitId()).isEqualTo(unit);
		assertThat(stored.storedAt()).isBetween(before.minusSeconds(1), Instant.now());
		assertThat(this.documents.find(stored.id())).contains(stored);
		try (InputStream bytes = this.documents.open(stored.id())) {
			assertThat(bytes.readAllBytes()).isEqualTo(TestFiles.licence());
		}
	}

	@Test
	void aRenamedWindowsProgramIsRefusedAndNothingIsRecorded() {
		long files = count("stored_file");

		assertThatThrownBy(() -> this.documents.storePdf(new ByteArrayInputStream(TestFiles.windowsProgram()),
				"营业执照.pdf", SecondApplicant.demoUnit(this.jdbc)))
			.isInstanceOf(UnsupportedMedia.class);
		assertThat(count("stored_file")).isEqualTo(files);
	}

	@Test
	void anUnknownFileIsNotFound() {
		UUID unknown = UUID.randomUUID();
		assertThat(this.documents.find(unknown)).isEmpty();
		assertThatThrownBy(() -> this.documents.open(unknown)).isInstanceOf(NotFound.class);
	}

	@Test
	void theLibraryAddsListsAndRemovesAUnitsDocuments() throws Exception {
		long unit = SecondApplicant.ensure(this.jdbc);

		LibraryItem licence = add(unit, LibraryKind.BUSINESS_LICENSE, "营业执照（正本）");
		LibraryItem audit = add(unit, LibraryKind.AUDIT_REPORT, "  ");

		assertThat(audit.title()).as("a blank title takes the file's name").isEqualTo("营业执照");
		assertThat(licence.file().sha256()).isEqualTo(TestFiles.LICENCE_SHA256);
		List<LibraryItem> items = this.library.list(unit);
		assertThat(items).extracting(LibraryItem::id).containsSubsequence(audit.id(), licence.id());
		assertThat(this.library.get(unit, licence.id())).isEqualTo(licence);

		this.library.remove(unit, licence.id());

		assertThat(this.library.list(unit)).extracting(LibraryItem::id).doesNotContain(licence.id());
		assertThat(this.library.find(unit, licence.id())).isEmpty();
		// applications may have imported it: the stored file stays, bytes and all
		try (InputStream bytes = this.documents.open(licence.file().id())) {
			assertThat(bytes.readAllBytes()).hasSize((int) TestFiles.LICENCE_SIZE);
		}
	}

	@Test
	void anotherUnitsLibraryItemIsNotFound() throws Exception {
		long owner = SecondApplicant.ensure(this.jdbc);
		long other = SecondApplicant.demoUnit(this.jdbc);
		LibraryItem item = add(owner, LibraryKind.TAX_CERTIFICATE, "2025年完税证明");

		assertThat(this.library.find(other, item.id())).isEmpty();
		assertThat(this.library.list(other)).extracting(LibraryItem::id).doesNotContain(item.id());
		assertThatThrownBy(() -> this.library.get(other, item.id())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.library.remove(other, item.id())).isInstanceOf(NotFound.class);
		assertThat(this.library.get(owner, item.id())).isEqualTo(item);
	}

	@Test
	void aTitleOver100CharactersIsRefusedBeforeAnythingIsStored() {
		long unit = SecondApplicant.ensure(this.jdbc);
		long files = count("stored_file");

		assertThatThrownBy(() -> this.library.add(unit, LibraryKind.OTHER, "资".repeat(101),
				new ByteArrayInputStream(TestFiles.licence()), "a.pdf"))
			.isInstanceOfSatisfying(InvalidInput.class,
					refusal -> assertThat(refusal.fieldProblems()).extracting(problem -> problem.field())
						.containsExactly("title"));
		assertThat(count("stored_file")).isEqualTo(files);
	}

	@Test
	void theLibraryRefusesARenamedWindowsProgram() {
		long unit = SecondApplicant.ensure(this.jdbc);
		long items = count("library_item");

		assertThatThrownBy(() -> this.library.add(unit, LibraryKind.QUALIFICATION, "资质证书",
				new ByteArrayInputStream(TestFiles.windowsProgram()), "资质证书.pdf"))
			.isInstanceOf(UnsupportedMedia.class);
		assertThat(count("library_item")).isEqualTo(items);
	}

	private LibraryItem add(long unit, LibraryKind kind, String title) {
		return this.library.add(unit, kind, title, new ByteArrayInputStream(TestFiles.licence()), "营业执照.pdf");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
