package shenbao.application;

import java.util.Map;

/**
 * What an {@link ApplicationGuard} is told about the application at a step: its id, program and year, the applying
 * unit and the form values the step would keep.
 */
public record GuardedApplication(long id, String programCode, int programYear, long unitId, String unitName,
		Map<String, Object> values) {

	public GuardedApplication {
		values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
	}

	/** The number people quote, as {@link ApplicationView#number()}. */
	public String number() {
		return ApplicationView.number(this.programCode, this.id);
	}

}
