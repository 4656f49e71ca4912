package shenbao.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import shenbao.identity.CreditCode;
import shenbao.platform.InvalidInput;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;

/**
 * Every credit code a form carries (联合单位, 联盟成员, the 揭榜 lead and participants) is checked with GB 32100 as
 * it is saved, so a typo is caught where it is typed rather than by a reviewer. A field or column counts as a credit
 * code when its key ends in {@code credit_code}.
 */
final class CreditCodeCells {

	private static final String SUFFIX = "credit_code";

	private CreditCodeCells() {
	}

	static void check(ProgramDefinition program, Map<String, ?> values) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Map.Entry<String, ?> entry : values.entrySet()) {
			Field field = program.field(entry.getKey()).orElse(null);
			if (field == null || entry.getValue() == null) {
				continue;
			}
			if (field.type() == FieldType.TEXT && field.key().endsWith(SUFFIX)) {
				check(field.key(), entry.getValue(), problems);
			}
			if (field.type() == FieldType.TABLE && entry.getValue() instanceof List<?> rows) {
				for (int row = 0; row < rows.size(); row++) {
					if (rows.get(row) instanceof Map<?, ?> cells) {
						for (Map.Entry<?, ?> cell : cells.entrySet()) {
							if (String.valueOf(cell.getKey()).endsWith(SUFFIX)) {
								check(field.key() + "[" + row + "]." + cell.getKey(), cell.getValue(), problems);
							}
						}
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("platform.input.invalid", problems);
		}
	}

	private static void check(String path, Object value, List<FieldProblem> problems) {
		String code = String.valueOf(value).strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			return;
		}
		CreditCode.defectOf(code).ifPresent(defect -> problems.add(FieldProblem.ofKey(path, defect.messageKey())));
	}

}
