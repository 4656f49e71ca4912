package shenbao.book.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the 申报书 template prints, already formatted as text: the cover, each section of the program in order
 * with its fields, the derived values, the indicators with the rule's suggestion beside the self-score, and the
 * evidence with its SHA-256. Public (with public parts) because the template reads it by reflection.
 */
public record BookContent(Cover cover, List<Block> sections, List<Derived> derived, List<Score> scores,
		String suggestedTotal, String selfTotal, List<Evidence> evidence, boolean draft, List<String> tail) {

	/** The numerals (一、二、…) of the parts after the form's sections: derived values, scores, evidence. */
	public String tail(int index) {
		return this.tail.get(index);
	}

	/** The cover: who reports, who recommends (the unit's county and city bureaus), what and when. */
	public record Cover(String programName, int year, String unitName, List<String> recommenders, String filledOn,
			String number, String sealedOn) {
	}

	/** One section of the form, with its number (一、二、…) and its rows. */
	public record Block(String numeral, String title, List<Row> rows) {
	}

	/**
	 * One field. {@code kind} says how it prints: {@code text} (value and unit), {@code counts} (a small table of
	 * parts), {@code table} (a repeatable table), {@code pledge}.
	 */
	public record Row(String key, String label, String kind, String text, @Nullable String unit, List<String> headers,
			List<List<String>> cells) {
	}

	/** A value computed from raw figures (研发经费占比 …). */
	public record Derived(String label, String value, @Nullable String unit) {
	}

	/** One indicator: the figure it is scored on, its maximum, the rule's suggestion and the self-score. */
	public record Score(String label, String value, String max, String suggested, String self, boolean differs,
			boolean bonus) {
	}

	/** One piece of evidence in the attachment list. */
	public record Evidence(String section, String slot, String filename, String size, String sha256) {
	}

}
