package shenbao.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import shenbao.program.ReviewChain.ReviewLevel;

/**
 * 核查清单 (issue 8 point 4, SPEC §7.3): each indicator of a program scored by 基本要求 (技术创新示范企业) as an item a
 * reviewer confirms, with what the rule makes of the applicant's value beside it. {@code level} is the caller's level
 * (null for someone who only reads), {@code levels} the chain levels whose confirmations the caller may see, lowest
 * first (never a higher level's), and {@code editable} whether the caller's level may confirm now.
 */
public record Checklist(long applicationId, @Nullable ReviewLevel level, List<ReviewLevel> levels, List<Item> items,
		boolean editable) {

	public Checklist {
		levels = List.copyOf(levels);
		items = List.copyOf(items);
	}

	/** How many items the caller's level has not confirmed yet (every item when the caller has no level). */
	public int left() {
		return (int) this.items.stream().filter(item -> this.level == null || item.at(this.level) == null).count();
	}

	/** Whether the caller's level confirms items of this checklist (its level is in the program's chain). */
	public boolean ownLevelConfirms() {
		return this.level != null && this.levels.contains(this.level);
	}

	/** The visible levels other than the caller's, whose confirmations the caller reads. */
	public List<ReviewLevel> otherLevels() {
		return this.levels.stream().filter(each -> each != this.level).toList();
	}

	/** How many items {@code level} has confirmed, as far as the caller may see. */
	public int confirmed(ReviewLevel level) {
		return (int) this.items.stream().filter(item -> item.at(level) != null).count();
	}

	/**
	 * One indicator: its label and unit, the 基本要求 as a comparison ({@code requirement}, e.g. "≥ 2"), the seed's
	 * sentence, its weight, the applicant's value (derived ratios included; null when not given), whether that value
	 * meets the requirement (null without a value) and each visible level's confirmation.
	 */
	public record Item(String key, String label, @Nullable String unit, String requirement, String text,
			BigDecimal weight, boolean bonus, @Nullable BigDecimal value, @Nullable Boolean ruleMet,
			Map<ReviewLevel, Confirmation> confirmations) {

		public Item {
			confirmations = Map.copyOf(confirmations);
		}

		public @Nullable Confirmation at(ReviewLevel level) {
			return this.confirmations.get(level);
		}

	}

	/** A level's confirmation of one item: 确认达标 ({@code met}) or 不达标, with an optional remark. */
	public record Confirmation(ReviewLevel level, String itemKey, boolean met, @Nullable String remark,
			String reviewerName, Instant at) {

		public static final int MAX_REMARK = 500;

	}

	/** One change of a confirmation, kept for ever (append-only). */
	public record Revision(long id, ReviewLevel level, String itemKey, boolean met, @Nullable String remark,
			String actorName, Instant at) {
	}

}
