package shenbao.program.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import shenbao.program.Bound;
import shenbao.program.Rule;

/** Reads the rule vocabulary of STYLE.md ("Programs as data") into {@link Rule} records. */
final class RuleReader {

	private static final Set<String> KINDS = Set.of("threshold", "bands", "step", "each", "weighted", "level",
			"flag", "meets", "pick");

	Rule read(YamlNode node) {
		List<String> kinds = node.keys().stream().filter(KINDS::contains).toList();
		if (kinds.size() != 1) {
			throw node.fail("a rule names exactly one of " + String.join(", ", KINDS.stream().sorted().toList()));
		}
		String kind = kinds.getFirst();
		YamlNode body = node.get(kind);
		return switch (kind) {
			case "threshold" -> {
				node.allowOnly(Set.of("threshold"));
				body.allowOnly(Set.of("atLeast", "above", "atMost", "below", "points"));
				yield new Rule.Threshold(bound(body), ProgramFileReader.nonNegative(body.get("points")));
			}
			case "bands" -> {
				node.allowOnly(Set.of("bands", "otherwise"));
				BigDecimal otherwise = node.has("otherwise") ? ProgramFileReader.nonNegative(node.get("otherwise"))
						: BigDecimal.ZERO;
				yield new Rule.Bands(bands(node), otherwise);
			}
			case "step" -> {
				node.allowOnly(Set.of("step"));
				body.allowOnly(Set.of("from", "every", "first", "increment"));
				BigDecimal every = ProgramFileReader.nonNegative(body.get("every"));
				if (every.signum() == 0) {
					throw body.get("every").fail("must be greater than 0");
				}
				yield new Rule.Step(body.decimal("from"), every,
						body.has("first") ? ProgramFileReader.nonNegative(body.get("first")) : BigDecimal.ONE,
						body.has("increment") ? ProgramFileReader.nonNegative(body.get("increment")) : BigDecimal.ONE);
			}
			case "each" -> {
				node.allowOnly(Set.of("each"));
				yield new Rule.Each(ProgramFileReader.nonNegative(body));
			}
			case "weighted" -> {
				node.allowOnly(Set.of("weighted"));
				yield new Rule.Weighted(body.entries(ProgramFileReader::nonNegative));
			}
			case "level" -> {
				node.allowOnly(Set.of("level"));
				yield new Rule.Level(body.entries(ProgramFileReader::nonNegative));
			}
			case "flag" -> {
				node.allowOnly(Set.of("flag"));
				yield new Rule.Flag(ProgramFileReader.nonNegative(body));
			}
			case "meets" -> {
				node.allowOnly(Set.of("meets"));
				body.allowOnly(Set.of("atLeast", "above", "atMost", "below"));
				yield new Rule.Meets(bound(body));
			}
			case "pick" -> {
				node.allowOnly(Set.of("pick"));
				yield new Rule.Pick(body.entries(RuleReader::range));
			}
			default -> throw node.fail("unknown rule kind " + kind);
		};
	}

	private static List<Rule.Band> bands(YamlNode node) {
		List<Rule.Band> bands = new ArrayList<>();
		for (YamlNode pair : node.list("bands")) {
			if (!pair.raw().isArray() || pair.raw().size() != 2) {
				throw pair.fail("a band is [lower bound, points]");
			}
			bands.add(new Rule.Band(decimal(pair, 0), decimal(pair, 1)));
		}
		if (bands.isEmpty()) {
			throw node.fail("bands must list at least one band");
		}
		List<Rule.Band> sorted = bands.stream().sorted(Comparator.comparing(Rule.Band::from).reversed()).toList();
		if (!sorted.equals(bands)) {
			throw node.get("bands").fail("list bands from the highest lower bound down");
		}
		return bands;
	}

	private static Rule.Range range(YamlNode node) {
		if (!node.raw().isArray() || node.raw().size() != 2) {
			throw node.fail("a range is [from, to]");
		}
		Rule.Range range = new Rule.Range(decimal(node, 0), decimal(node, 1));
		if (range.from().compareTo(range.to()) > 0 || range.from().signum() < 0) {
			throw node.fail("a range needs 0 ≤ from ≤ to");
		}
		return range;
	}

	private static BigDecimal decimal(YamlNode pair, int index) {
		var value = pair.raw().get(index);
		if (value == null || !value.isNumber()) {
			throw pair.fail("expected numbers");
		}
		return value.decimalValue();
	}

	static Bound bound(YamlNode node) {
		Bound bound = optionalBound(node);
		if (bound == null) {
			throw node.fail("needs one of atLeast, above, atMost, below");
		}
		return bound;
	}

	static @Nullable Bound optionalBound(YamlNode node) {
		Map<String, Bound.Comparison> names = Map.of("atLeast", Bound.Comparison.AT_LEAST, "above",
				Bound.Comparison.ABOVE, "atMost", Bound.Comparison.AT_MOST, "below", Bound.Comparison.BELOW);
		Bound bound = null;
		for (var entry : names.entrySet()) {
			if (node.has(entry.getKey())) {
				if (bound != null) {
					throw node.fail("use only one of atLeast, above, atMost, below");
				}
				bound = new Bound(entry.getValue(), node.decimal(entry.getKey()));
			}
		}
		return bound;
	}

}
