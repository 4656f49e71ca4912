package shenbao.challenge.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.platform.PlatformException.FieldProblem;

/** The checks a 揭榜挂帅 form makes of its text fields, for the 榜单 and the progress reports alike. */
final class Inputs {

	private Inputs() {
	}

	/** A text that must be given and may be at most {@code max} characters long, stripped. */
	static void requireText(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		String text = Db.required(value);
		if (text.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, "challenge.input.required"));
		}
		else if (text.length() > max) {
			problems.add(FieldProblem.ofKey(field, "challenge.input.too-long", max));
		}
	}

}
