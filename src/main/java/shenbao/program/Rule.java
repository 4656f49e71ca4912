package shenbao.program;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an indicator turns its input into points. The vocabulary is closed: one record per kind of table found in
 * the seeds, evaluated by an exhaustive switch in the scoring module. Every result is capped at the indicator's
 * {@code max}. Readings follow SPEC §7: "X以上 / 不低于X" is {@code >= X}, "低于X" is {@code < X}, a band "A-B" is
 * {@code A <= v < B}.
 */
public sealed interface Rule {

	/** The kind of input the rule expects, which decides the field type when a program file leaves it out. */
	FieldType inputType();

	/** "X以上得P分": P when the value reaches the bound, else 0. */
	record Threshold(Bound bound, BigDecimal points) implements Rule {
		@Override
		public FieldType inputType() {
			return FieldType.NUMBER;
		}
	}

	/** Bands by lower bound (inclusive), highest first; a value below every band earns {@code otherwise}. */
	record Bands(List<Band> bands, BigDecimal otherwise) implements Rule {
		public Bands {
			bands = List.copyOf(bands);
		}

		@Override
		public FieldType inputType() {
			return FieldType.NUMBER;
		}
	}

	record Band(BigDecimal from, BigDecimal points) {
	}

	/**
	 * "达到A得{first}分，每增加s加{increment}分": 0 below A, else first + increment·floor((v − A)/s), capped at max.
	 */
	record Step(BigDecimal from, BigDecimal every, BigDecimal first, BigDecimal increment) implements Rule {
		@Override
		public FieldType inputType() {
			return FieldType.NUMBER;
		}
	}

	/** "每1项得k分": k per counted item. */
	record Each(BigDecimal points) implements Rule {
		@Override
		public FieldType inputType() {
			return FieldType.INTEGER;
		}
	}

	/** Sub-counts with their own points (patents by type, standards by kind); a boolean sub-value counts as 1. */
	record Weighted(Map<String, BigDecimal> weights) implements Rule {
		public Weighted {
			weights = ordered(weights);
		}

		@Override
		public FieldType inputType() {
			return FieldType.COUNTS;
		}
	}

	/** Qualitative levels chosen from a list (很完善 3 / 比较完善 2 / …). */
	record Level(Map<String, BigDecimal> points) implements Rule {
		public Level {
			points = ordered(points);
		}

		@Override
		public FieldType inputType() {
			return FieldType.LEVEL;
		}
	}

	/** A yes/no achievement worth fixed points (突破核心关键技术 → 10). */
	record Flag(BigDecimal points) implements Rule {
		@Override
		public FieldType inputType() {
			return FieldType.BOOLEAN;
		}
	}

	/** 示范企业: meeting the basic requirement (基本要求) earns the indicator's full weight, otherwise 0. */
	record Meets(Bound bound) implements Rule {
		@Override
		public FieldType inputType() {
			return FieldType.NUMBER;
		}
	}

	/**
	 * A reviewer picks a number inside a named range (十分重要 7-10 / 比较重要 4-6 / …): the number is the score, and
	 * it must lie in one of the ranges.
	 */
	record Pick(Map<String, Range> ranges) implements Rule {
		public Pick {
			ranges = ordered(ranges);
		}

		@Override
		public FieldType inputType() {
			return FieldType.NUMBER;
		}
	}

	/** Keeps the file's order (很完善 before 比较完善 …) because forms list choices in it. */
	private static <V> Map<String, V> ordered(Map<String, V> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	record Range(BigDecimal from, BigDecimal to) {
		public boolean contains(BigDecimal value) {
			return value.compareTo(this.from) >= 0 && value.compareTo(this.to) <= 0;
		}
	}

}
