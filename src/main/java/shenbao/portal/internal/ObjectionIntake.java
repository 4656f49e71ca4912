package shenbao.portal.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import shenbao.audit.AuditTrail;
import shenbao.document.Documents;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.portal.ObjectionFiling;
import shenbao.portal.ObjectorKind;

/**
 * Files a 公示异议 (SPEC §12: a real case). The form is checked first, so a refused objection stores no file; then
 * the files are streamed to storage (outside any transaction, as {@link Documents} asks); then, in one short
 * transaction with the 公示 locked, the window is checked again and the objection written.
 */
@Component
class ObjectionIntake {

	static final int CONTENT_MAX = 5000;

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final char[] RECEIPT_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final PublicityStore store;

	private final Documents documents;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Texts texts;

	ObjectionIntake(PublicityStore store, Documents documents, AuditTrail audit, TransactionTemplate transactions,
			Clock clock, Texts texts) {
		this.texts = texts;
		this.store = store;
		this.documents = documents;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	String file(long publicityId, ObjectionFiling filing) {
		PublicityStore.Row publicity = this.store.find(publicityId)
			.orElseThrow(() -> new NotFound("portal.publicity.not-found"));
		requireOpen(publicity, this.clock.instant());
		validate(publicityId, filing);
		UUID letter = filing.letter() == null ? null
				: this.documents.storePdf(filing.letter().content(), filing.letter().filename(), null).id();
		UUID evidence = filing.evidence() == null ? null
				: this.documents.storePdf(filing.evidence().content(), filing.evidence().filename(), null).id();
		String receipt = receipt();
		this.transactions.executeWithoutResult(status -> {
			Instant now = this.clock.instant();
			requireOpen(this.store.lock(publicityId).orElseThrow(), now);
			this.store.insertObjection(publicityId, filing.entryId(), receipt, filing.category(),
					filing.objectorKind(), filing.name().strip(), filing.phone().strip(), blankToNull(filing.email()),
					letter, filing.content().strip(), evidence, now);
			// who objected stays out of the audit detail as well: the objection row is the record
			this.audit.record(null, "PUBLICITY_OBJECTION_FILED", "publicity:" + publicityId, receipt);
		});
		return receipt;
	}

	private void validate(long publicityId, ObjectionFiling filing) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean listed = this.store.entries(publicityId).stream().anyMatch(entry -> entry.id() == filing.entryId());
		if (!listed) {
			problems.add(FieldProblem.ofKey("entryId", "portal.objection.entry-required"));
		}
		String name = filing.name() == null ? "" : filing.name().strip();
		if (name.isEmpty()) {
			problems.add(FieldProblem.ofKey("name", filing.objectorKind() == ObjectorKind.UNIT
					? "portal.objection.unit-name-required" : "portal.objection.name-required"));
		}
		else if (name.length() < 2 || name.length() > 100 || anonymous(name)) {
			problems.add(FieldProblem.ofKey("name", "portal.objection.anonymous"));
		}
		if (filing.phone() == null || filing.phone().isBlank()) {
			problems.add(FieldProblem.ofKey("phone", "portal.objection.phone-required"));
		}
		else if (!PHONE.matcher(filing.phone().strip()).matches()) {
			problems.add(FieldProblem.ofKey("phone", "portal.objection.phone-invalid"));
		}
		if (!Sql.blank(filing.email()) && !EMAIL.matcher(filing.email().strip()).matches()) {
			problems.add(FieldProblem.ofKey("email", "portal.objection.email-invalid"));
		}
		if (filing.objectorKind() == ObjectorKind.UNIT && filing.letter() == null) {
			problems.add(FieldProblem.ofKey("letter", "portal.objection.letter-required"));
		}
		if (Sql.blank(filing.content())) {
			problems.add(FieldProblem.ofKey("content", "portal.objection.content-required"));
		}
		else if (filing.content().strip().length() > CONTENT_MAX) {
			problems.add(FieldProblem.ofKey("content", "portal.objection.content-too-long", CONTENT_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("portal.objection.invalid", problems);
		}
	}

	/** Not a real name: what people type when they would rather stay anonymous (listed in the bundle: Chinese). */
	private boolean anonymous(String name) {
		String names = this.texts.of("portal.objection.anonymous-names").toLowerCase(Locale.ROOT);
		return Set.of(names.split(",")).contains(name.toLowerCase(Locale.ROOT));
	}

	private static void requireOpen(PublicityStore.Row publicity, Instant now) {
		if (!publicity.open() || !now.isBefore(publicity.closesAt())) {
			throw new RuleViolation("portal.objection.closed");
		}
	}

	/** A number the objector quotes when asking about the case: unguessable, so it reveals nothing by itself. */
	private String receipt() {
		StringBuilder receipt = new StringBuilder("YY");
		for (int i = 0; i < 10; i++) {
			receipt.append(RECEIPT_CHARACTERS[this.random.nextInt(RECEIPT_CHARACTERS.length)]);
		}
		return receipt.toString();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return Sql.blank(text) ? null : text.strip();
	}

}
