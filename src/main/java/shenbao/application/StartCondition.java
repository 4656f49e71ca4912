package shenbao.application;

import java.util.Map;
import java.util.Optional;

import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;

/**
 * A rule another module sets on who may start an application of a program (产业技术创新联盟年度考核: only the lead unit
 * of a recognised alliance). The module that owns the rule declares a bean; {@link Applications#start} refuses with
 * the first refusal any of them gives (422), and 我要申报 shows it beside the program so the unit sees why. It may also
 * fill in what it already knows when the form opens (the alliance's name); the unit can change it like any value.
 */
public interface StartCondition {

	/** Why the unit may not start an application of {@code program}; empty when it may. */
	Optional<RuleViolation> refusal(long unitId, ProgramDefinition program);

	/** Values the new form opens with, by field key; keys the program does not have are ignored. */
	default Map<String, Object> initialValues(long unitId, ProgramDefinition program) {
		return Map.of();
	}

}
