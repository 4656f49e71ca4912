package shenbao.book.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import shenbao.platform.Platform;

/**
 * Renders a Thymeleaf template ({@code templates/book/pdf/…}) to an A4 PDF with OpenHTMLtoPDF. The fonts ship with
 * the application (STACK-NOTES: Liberation Sans for Latin text, Droid Sans Fallback for Chinese; both embedded as
 * subsets, so {@code pdftotext} shows the Chinese); they are copied out of the jar once, because PDFBox reads a font
 * file lazily and only what a document uses, where a stream would be read whole on every render. Font metrics are
 * cached across renders. The template may load nothing from outside: every URL is refused.
 */
@Component
class PdfRenderer {

	static final String LATIN = "Liberation Sans";

	static final String CHINESE = "Droid Sans Fallback";

	private final ITemplateEngine templates;

	private final Path regular;

	private final Path bold;

	private final Path chinese;

	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	PdfRenderer(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		Path fonts = Files.createTempDirectory("shenbao-fonts");
		fonts.toFile().deleteOnExit();
		this.regular = copy(fonts, "LiberationSans-Regular.ttf");
		this.bold = copy(fonts, "LiberationSans-Bold.ttf");
		this.chinese = copy(fonts, "DroidSansFallbackFull.ttf");
	}

	/** The template rendered with {@code variables}, as PDF bytes. */
	byte[] render(String template, Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(Platform.LOCALE, variables));
		var pdf = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.useFont(this.regular.toFile(), LATIN, 400, FontStyle.NORMAL, true);
			builder.useFont(this.bold.toFile(), LATIN, 700, FontStyle.NORMAL, true);
			builder.useFont(this.chinese.toFile(), CHINESE, 400, FontStyle.NORMAL, true);
			builder.withProducer("shenbao");
			builder.withHtmlContent(html, "about:blank");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + template, ex);
		}
		return pdf.toByteArray();
	}

	private static Path copy(Path directory, String name) throws IOException {
		Path target = directory.resolve(name);
		try (InputStream font = new ClassPathResource("book/fonts/" + name).getInputStream()) {
			Files.copy(font, target, StandardCopyOption.REPLACE_EXISTING);
		}
		target.toFile().deleteOnExit();
		return target;
	}

}
