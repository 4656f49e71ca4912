package shenbao.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shenbao.program.DerivedValue;
import shenbao.program.Field;
import shenbao.program.ProgramDefinition;

/**
 * Looks values up by key: what the client sent, else a derived value computed from its raw figures. A ratio is
 * (numerator × 100) / denominator in 16 significant digits, so 2.5 stays exactly 2.5 and 2.4999… stays below it.
 */
final class ValueResolver {

	private final ProgramDefinition program;

	private final Map<String, Object> values;

	ValueResolver(ProgramDefinition program, Map<String, Object> values) {
		this.program = program;
		this.values = values;
	}

	Optional<Object> find(String key) {
		Object value = this.values.get(key);
		if (value != null) {
			return Optional.of(value);
		}
		return this.program.derivedValue(key).flatMap(this::derive);
	}

	Optional<BigDecimal> number(String key) {
		return find(key).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast);
	}

	Optional<BigDecimal> ratio(String numerator, String denominator, boolean percent) {
		Optional<BigDecimal> top = number(numerator);
		Optional<BigDecimal> bottom = number(denominator);
		if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
			return Optional.empty();
		}
		BigDecimal scaled = percent ? top.get().multiply(BigDecimal.valueOf(100)) : top.get();
		return Optional.of(scaled.divide(bottom.get(), MathContext.DECIMAL64));
	}

	List<Field.SubKey> subKeys(String key) {
		return this.program.field(key).map(Field::subKeys).orElse(List.of());
	}

	String label(String key) {
		return this.program.field(key)
			.map(field -> field.label())
			.or(() -> this.program.derivedValue(key).map(DerivedValue::label))
			.orElse(key);
	}

	private Optional<Object> derive(DerivedValue derived) {
		return ratio(derived.numerator(), derived.denominator(), derived.percent()).map(Object.class::cast);
	}

}
