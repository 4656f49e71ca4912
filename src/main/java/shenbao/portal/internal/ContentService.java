package shenbao.portal.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RichText;
import shenbao.portal.Contact;
import shenbao.portal.ItemDraft;
import shenbao.portal.ItemKind;
import shenbao.portal.Notice;
import shenbao.portal.NoticeFilter;
import shenbao.portal.PortalContent;
import shenbao.portal.PortalItem;
import shenbao.portal.Publicities;
import shenbao.portal.ResultItem;
import shenbao.portal.SearchHit;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;

/** {@link PortalContent}: items in SQL, notices from the programs and the items, search over all of them. */
@Service
class ContentService implements PortalContent {

	static final int TITLE_MAX = 200;

	/** A tag as long as a unit's (enterprise module), and the column's width for them all. */
	static final int TAG_MAX = 20;

	static final int TAGS_MAX = 200;

	private final ItemStore items;

	private final Programs programs;

	private final NoticeCatalog catalog;

	private final Publicities publicities;

	private final Documents documents;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContentService(ItemStore items, Programs programs, NoticeCatalog catalog,
			Publicities publicities, Documents documents, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.programs = programs;
		this.catalog = catalog;
		this.publicities = publicities;
		this.documents = documents;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PortalItem> list(ItemKind kind, @Nullable String words) {
		return this.items.list(kind, words);
	}

	@Override
	@Transactional(readOnly = true)
	public PortalItem get(ItemKind kind, long id) {
		return this.items.find(id).filter(item -> item.kind() == kind)
			.orElseThrow(() -> new NotFound("portal.item.not-found"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notice> notices(NoticeFilter filter) {
		List<PortalItem> written = this.items.list(ItemKind.NOTICE, null);
		Set<String> announced = written.stream()
			.map(PortalItem::programCode)
			.filter(code -> code != null)
			.collect(Collectors.toSet());
		List<Notice> notices = new ArrayList<>();
		for (PortalItem item : written) {
			ProgramStatus status = item.programCode() == null ? null
					: this.programs.find(item.programCode()).map(this::status).orElse(null);
			notices.add(new Notice(item.title(), item.summary(), item.field(), item.type(), status,
					item.programCode(), item.publishedAt(), "/portal/notices/" + item.id()));
		}
		for (ProgramDefinition program : this.programs.all()) {
			if (!announced.contains(program.code())) {
				String description = program.description() == null ? "" : program.description().strip();
				notices.add(new Notice(program.name(), description, this.catalog.field(program),
						this.catalog.type(program), status(program), program.code(), this.catalog.publishedAt(program),
						"/portal/notices/programs/" + program.code()));
			}
		}
		return notices.stream()
			.filter(notice -> filter.status() == null || notice.status() == filter.status())
			.filter(notice -> filter.field() == null || notice.field() == filter.field())
			.filter(notice -> filter.type() == null || notice.type() == filter.type())
			.filter(notice -> Sql.blank(filter.words()) || contains(notice.title() + " " + notice.summary(),
					filter.words()))
			.sorted(Comparator.comparing(Notice::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(String words) {
		if (Sql.blank(words)) {
			return List.of();
		}
		List<SearchHit> hits = new ArrayList<>();
		for (Notice notice : notices(new NoticeFilter(null, null, null, words))) {
			hits.add(new SearchHit("portal.kind.notice", notice.title(), notice.summary(), notice.path(),
					notice.publishedAt()));
		}
		for (PortalItem item : this.items.list(ItemKind.POLICY, words)) {
			hits.add(hit(item, "/portal/policies/" + item.id()));
		}
		for (ResultItem result : this.publicities.results(words)) {
			hits.add(new SearchHit(result.finalList() ? "portal.hit.final-list" : "portal.hit.publicity",
					result.title(), "", result.path(), result.at()));
		}
		for (PortalItem item : this.items.list(ItemKind.GUIDE, words)) {
			hits.add(hit(item, "/portal/guides/" + item.id()));
		}
		for (PortalItem item : this.items.list(ItemKind.FAQ, words)) {
			hits.add(hit(item, "/portal/faq#faq-" + item.id()));
		}
		return hits;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Contact> contacts() {
		return this.jdbc.sql("SELECT * FROM portal_contact ORDER BY position, id")
			.query((rs, row) -> new Contact(rs.getString("bureau"), rs.getString("person"), rs.getString("phone"),
					rs.getString("email"), rs.getString("region_code")))
			.list();
	}

	@Override
	@Transactional
	public PortalItem save(Caller caller, @Nullable Long id, ItemDraft draft) {
		requireManager(caller);
		validate(draft);
		String html = RichText.sanitise(draft.bodyHtml());
		String text = RichText.text(html);
		boolean notice = draft.kind() == ItemKind.NOTICE;
		String program = notice && !Sql.blank(draft.programCode()) ? draft.programCode().strip() : null;
		String tags = draft.kind() == ItemKind.POLICY && !draft.tags().isEmpty() ? String.join(",", draft.tags()) : null;
		Instant now = this.clock.instant();
		long saved;
		if (id == null) {
			saved = this.items.insert(draft.kind(), draft.title().strip(), html, text, notice ? draft.field() : null,
					notice ? draft.type() : null, program, tags, now, caller.displayName());
		}
		else {
			PortalItem current = this.items.find(id).filter(item -> item.kind() == draft.kind())
				.orElseThrow(() -> new NotFound("portal.item.not-found"));
			long version = draft.version() == null ? current.version() : draft.version();
			if (!this.items.update(id, version, draft.title().strip(), html, text, notice ? draft.field() : null,
					notice ? draft.type() : null, program, tags, now, caller.displayName())) {
				throw new Conflict("portal.item.stale");
			}
			saved = id;
		}
		this.audit.record(caller, "PORTAL_ITEM_SAVED", "portal-item:" + saved, draft.kind() + " " + draft.title());
		return this.items.find(saved).orElseThrow();
	}

	@Override
	public PortalItem attachFile(Caller caller, long guideId, InputStream content, String filename) {
		requireManager(caller);
		get(ItemKind.GUIDE, guideId);
		// streamed before any transaction (Documents' contract); a refused file leaves nothing behind
		StoredFile file = this.documents.storePdf(content, filename, null);
		this.items.attachFile(guideId, file.id(), file.filename(), this.clock.instant(), caller.displayName());
		this.audit.record(caller, "PORTAL_GUIDE_FILE", "portal-item:" + guideId, file.filename());
		return get(ItemKind.GUIDE, guideId);
	}

	@Override
	@Transactional
	public void delete(Caller caller, long id) {
		requireManager(caller);
		PortalItem item = this.items.find(id).orElseThrow(() -> new NotFound("portal.item.not-found"));
		this.items.delete(id);
		this.audit.record(caller, "PORTAL_ITEM_DELETED", "portal-item:" + id, item.kind() + " " + item.title());
	}

	@Override
	public boolean manages(@Nullable Caller caller) {
		return caller != null && caller.role() == Role.PROVINCE_REVIEWER;
	}

	private void requireManager(Caller caller) {
		if (!manages(caller)) {
			throw new NotFound("portal.admin.not-found");
		}
	}

	private void validate(ItemDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (Sql.blank(draft.title())) {
			problems.add(FieldProblem.ofKey("title", "portal.item.title-required"));
		}
		else if (draft.title().strip().length() > TITLE_MAX) {
			problems.add(FieldProblem.ofKey("title", "portal.item.title-too-long", TITLE_MAX));
		}
		if (Sql.blank(RichText.text(RichText.sanitise(draft.bodyHtml())))) {
			problems.add(FieldProblem.ofKey("body", "portal.item.body-required"));
		}
		if (draft.kind() == ItemKind.NOTICE) {
			if (draft.field() == null) {
				problems.add(FieldProblem.ofKey("field", "portal.item.field-required"));
			}
			if (draft.type() == null) {
				problems.add(FieldProblem.ofKey("type", "portal.item.type-required"));
			}
			if (!Sql.blank(draft.programCode()) && this.programs.find(draft.programCode().strip()).isEmpty()) {
				problems.add(FieldProblem.ofKey("programCode", "portal.item.program-unknown"));
			}
		}
		if (draft.tags().stream().anyMatch(tag -> tag.codePointCount(0, tag.length()) > TAG_MAX)
				|| String.join(",", draft.tags()).length() > TAGS_MAX) {
			problems.add(FieldProblem.ofKey("tags", "portal.item.tags-too-long", TAG_MAX, TAGS_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<PortalItem> recommendedPolicies(Collection<String> unitTags) {
		if (unitTags.isEmpty()) {
			return List.of();
		}
		return this.items.list(ItemKind.POLICY, null)
			.stream()
			.filter(policy -> policy.tags().stream().anyMatch(unitTags::contains))
			.toList();
	}

	private ProgramStatus status(ProgramDefinition program) {
		return ProgramStatus.of(program, this.clock);
	}

	private static SearchHit hit(PortalItem item, String path) {
		return new SearchHit(item.kind().messageKey(), item.title(), item.summary(), path, item.publishedAt());
	}

	private static boolean contains(String text, String words) {
		return text.toLowerCase(Locale.ROOT).contains(words.strip().toLowerCase(Locale.ROOT));
	}

}
