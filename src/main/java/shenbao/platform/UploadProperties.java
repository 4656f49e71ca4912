package shenbao.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code shenbao.upload.*}: the largest file anyone may upload (SPEC §10: 20 MB by default). Every module that
 * accepts uploads enforces it while streaming ({@link TooLarge}); the servlet's multipart parser is set a little
 * above it (platform web configuration), so that it only stops requests far beyond the limit.
 */
@ConfigurationProperties("shenbao.upload")
public record UploadProperties(@DefaultValue("20MB") DataSize maxSize) {

	/** The refusal for a file over {@link #maxSize()}. */
	public TooLarge refusal() {
		return TooLarge.over(this.maxSize);
	}

	/** The limit as users read it, e.g. "20" (MB), for forms that announce it. */
	public String maxSizeInMegabytes() {
		return TooLarge.megabytes(this.maxSize);
	}

}
