package shenbao.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationSummary;
import shenbao.audit.AuditTrail;
import shenbao.book.Books;
import shenbao.book.SealedBook;
import shenbao.document.Documents;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.region.Regions;
import shenbao.review.Letter;
import shenbao.review.RecommendationLetters;
import shenbao.review.ReviewBundles;

/**
 * {@link ReviewBundles}: the list is read page by page through the caller's scope, then each file is copied from the
 * document store into the zip one after the other. No transaction spans the writing: each lookup is its own short
 * read, so a slow client holds no database connection.
 */
@Service
class Bundles implements ReviewBundles {

	private static final int PAGE = ApplicationQuery.MAX_SIZE;

	private final ApplicationReviews applications;

	private final Books books;

	private final RecommendationLetters letters;

	private final Documents documents;

	private final Regions regions;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	Bundles(ApplicationReviews applications, Books books, RecommendationLetters letters, Documents documents,
			Regions regions, AuditTrail audit, Texts texts, Clock clock) {
		this.applications = applications;
		this.books = books;
		this.letters = letters;
		this.documents = documents;
		this.regions = regions;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public Bundle prepare(Caller caller, ApplicationQuery query) {
		if (Levels.of(caller).isEmpty() || caller.regionCode() == null) {
			throw new NotFound("platform.not-found");
		}
		List<ApplicationSummary> found = new ArrayList<>();
		for (int page = 0;; page++) {
			ApplicationPage batch = this.applications.search(caller, new ApplicationQuery(query.programCode(),
					query.statuses(), query.regionCode(), query.unitName(), page, PAGE));
			if (batch.total() > MAX_APPLICATIONS) {
				throw new RuleViolation("review.bundle.too-many", batch.total(), MAX_APPLICATIONS);
			}
			found.addAll(batch.items());
			if (batch.items().size() < PAGE || found.size() >= batch.total()) {
				break;
			}
		}
		if (found.isEmpty()) {
			throw new RuleViolation("review.bundle.empty");
		}
		Set<String> places = new HashSet<>();
		Set<String> programs = new LinkedHashSet<>();
		found.forEach(row -> {
			places.add(row.regionCode());
			places.add(row.cityCode());
			programs.add(row.programCode());
		});
		List<Letter> letters = programs.stream()
			.flatMap(program -> this.letters.list(caller, program).stream())
			.filter(letter -> places.contains(letter.regionCode()))
			.toList();
		String filename = this.texts.of("review.bundle.filename", DateTimeFormatter.ofPattern("yyyyMMddHHmm")
			.withZone(shenbao.platform.Platform.ZONE)
			.format(this.clock.instant()));
		return new Bundle(filename, found, letters);
	}

	@Override
	public long write(Caller caller, Bundle bundle, OutputStream out) throws IOException {
		StringBuilder manifest = new StringBuilder(this.texts.of("review.bundle.manifest.head")).append("\r\n");
		Set<String> names = new HashSet<>();
		long files = 0;
		int missing = 0;
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		String bookFolder = this.texts.of("review.bundle.folder.books");
		for (ApplicationSummary row : bundle.applications()) {
			Optional<SealedBook> sealed = sealed(caller, row.id());
			String line = row.number() + "\t" + row.unitName() + "\t"
					+ this.texts.of("application.status." + row.status().name());
			if (sealed.isPresent()) {
				String name = unique(names, bookFolder + "/" + safe(row.number() + "_" + row.unitName()), ".pdf");
				copy(zip, name, sealed.get().fileId());
				files++;
				manifest.append(line).append('\t').append(name).append("\r\n");
			}
			else {
				missing++;
				manifest.append(line).append('\t').append(this.texts.of("review.bundle.no-book")).append("\r\n");
			}
		}
		String letterFolder = this.texts.of("review.bundle.folder.letters");
		for (Letter letter : bundle.letters()) {
			String region = this.regions.find(letter.regionCode()).map(found -> found.name()).orElse(letter.regionCode());
			String name = unique(names, letterFolder + "/" + safe(letter.programCode()) + "/"
					+ safe(region + "_" + letter.id() + "_" + stripPdf(letter.filename())), ".pdf");
			copy(zip, name, letter.fileId());
			files++;
			manifest.append(this.texts.of("review.bundle.manifest.letter", region,
					this.texts.of("review.level." + letter.level().name()), name)).append("\r\n");
		}
		zip.putNextEntry(new ZipEntry(this.texts.of("review.bundle.manifest.name")));
		zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		zip.finish();
		zip.flush();
		this.audit.record(caller, "REVIEW_BUNDLE_DOWNLOAD", "review-list",
				detail(bundle, files, missing));
		return files;
	}

	/** The latest sealed book, or none where the application was never sealed or has left the caller's scope. */
	private Optional<SealedBook> sealed(Caller caller, long applicationId) {
		try {
			return this.books.sealed(caller, applicationId);
		}
		catch (NotFound gone) {
			return Optional.empty();
		}
	}

	private void copy(ZipOutputStream zip, String name, java.util.UUID fileId) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		try (InputStream in = this.documents.open(fileId)) {
			in.transferTo(zip);
		}
		zip.closeEntry();
	}

	private static String detail(Bundle bundle, long files, int missing) {
		StringBuilder ids = new StringBuilder();
		for (ApplicationSummary row : bundle.applications()) {
			if (ids.length() > 800) {
				ids.append(" …");
				break;
			}
			ids.append(ids.isEmpty() ? "" : ",").append(row.id());
		}
		return "applications " + bundle.applications().size() + " files " + files + " letters "
				+ bundle.letters().size() + " without book " + missing + " ids " + ids;
	}

	/** A name no zip tool misreads: no path separators, control characters or Windows-reserved characters. */
	static String safe(String name) {
		String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
	}

	private static String stripPdf(String filename) {
		return filename.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
				? filename.substring(0, filename.length() - 4) : filename;
	}

	private static String unique(Set<String> taken, String base, String extension) {
		String name = base + extension;
		for (int copy = 2; !taken.add(name); copy++) {
			name = base + "(" + copy + ")" + extension;
		}
		return name;
	}

}
