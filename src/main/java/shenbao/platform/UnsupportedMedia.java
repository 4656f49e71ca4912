package shenbao.platform;

import java.util.List;

/** 415: the content is not of a type the platform accepts, judged on its bytes (e.g. an upload that is not a PDF). */
public final class UnsupportedMedia extends PlatformException {

	public UnsupportedMedia(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

	private UnsupportedMedia(String messageKey, Object[] arguments, List<FieldProblem> problems) {
		super(messageKey, arguments, problems);
	}

	/** The same refusal, naming the form or multipart field that carried the content. */
	public UnsupportedMedia forField(String field) {
		return new UnsupportedMedia(messageKey(), arguments(),
				List.of(FieldProblem.ofKey(field, messageKey(), arguments())));
	}

}
