package shenbao.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.platform.Platform;

/**
 * A 公示 as the public sees it: the proposed list, the objection window, the objections without who filed them
 * (SPEC §12: the objector's identity is for the province only) and, once final, the 认定名单.
 */
public record Publicity(long id, String programCode, String programName, String title, String bodyHtml,
		int windowDays, Instant publishedAt, Instant closesAt, boolean open, boolean acceptsObjections,
		@Nullable Instant finalisedAt, List<Entry> entries, List<PublicObjection> objections) {

	public Publicity {
		entries = List.copyOf(entries);
		objections = List.copyOf(objections);
	}

	public boolean isFinal() {
		return this.finalisedAt != null;
	}

	/** The 认定名单: the units still listed. */
	public List<Entry> finalList() {
		return this.entries.stream().filter(Entry::listed).toList();
	}

	/** The last moment objections are accepted, as people read it ("2026-07-05 24:00"). */
	public LocalDateTime closesLocal() {
		return LocalDateTime.ofInstant(this.closesAt, Platform.ZONE);
	}

	/** One unit on the list; {@code listed} is false once an upheld objection removed it. */
	public record Entry(long id, long applicationId, String unitName, String regionName, int position,
			boolean listed) {
	}

	/** An objection as the public sees it: its number, kind, the unit concerned and the outcome. No identity. */
	public record PublicObjection(String receipt, ObjectionCategory category, String unitName, Instant filedAt,
			@Nullable ObjectionOutcome outcome, @Nullable String reasons) {
	}

}
