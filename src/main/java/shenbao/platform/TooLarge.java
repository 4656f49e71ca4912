package shenbao.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.util.unit.DataSize;

/** 413: an upload exceeds the size limit ({@code shenbao.upload.max-size}). */
public final class TooLarge extends PlatformException {

	private static final BigDecimal MEGABYTE = BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes());

	public TooLarge(String messageKey, Object... arguments) {
		super(messageKey, arguments, List.of());
	}

	private TooLarge(String messageKey, Object[] arguments, List<FieldProblem> problems) {
		super(messageKey, arguments, problems);
	}

	/** "文件超过 20 MB 的大小限制", for the given limit. */
	public static TooLarge over(DataSize limit) {
		return new TooLarge("platform.upload.too-large", megabytes(limit));
	}

	/** The same refusal, naming the form or multipart field that carried the content. */
	public TooLarge forField(String field) {
		return new TooLarge(messageKey(), arguments(), List.of(FieldProblem.ofKey(field, messageKey(), arguments())));
	}

	/** 20 MB as "20", 1.5 MB as "1.5": a string, so that the message does not group digits ("1,024"). */
	static String megabytes(DataSize size) {
		return BigDecimal.valueOf(size.toBytes())
			.divide(MEGABYTE, 1, RoundingMode.DOWN)
			.stripTrailingZeros()
			.toPlainString();
	}

}
