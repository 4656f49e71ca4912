package shenbao.book.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import shenbao.platform.Platform;

/**
 * Renders a Thymeleaf template ({@code templates/book/pdf/…}) to an A4 PDF with OpenHTMLtoPDF. The fonts ship with
 * the application (STACK-NOTES: Liberation Sans for Latin text, Droid Sans Fallback for Chinese; both embedded as
 * subsets, so {@code pdftotext} shows the Chinese). The Latin fonts are small and copied out of the jar once, because
 * PDFBox reads a font file lazily. The Chinese font (4 MB, 30 000 glyphs) is parsed once into a few
 * {@link TrueTypeFont}s kept in a pool: parsing it on every render cost about a third of the render (BookBenchmark),
 * and a parsed font reads its glyphs through a buffer with a position, so one render uses one at a time. Font metrics
 * are cached across renders. The template may load nothing from outside: every URL is refused.
 */
@Component
class PdfRenderer {

	static final String LATIN = "Liberation Sans";

	static final String CHINESE = "Droid Sans Fallback";

	private static final int POOLED_FONTS = 4;

	private final ITemplateEngine templates;

	private final Path regular;

	private final Path bold;

	private final byte[] chinese;

	private final BlockingQueue<TrueTypeFont> chineseFonts = new ArrayBlockingQueue<>(POOLED_FONTS);

	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	PdfRenderer(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		Path fonts = Files.createTempDirectory("shenbao-fonts");
		fonts.toFile().deleteOnExit();
		this.regular = copy(fonts, "LiberationSans-Regular.ttf");
		this.bold = copy(fonts, "LiberationSans-Bold.ttf");
		try (InputStream font = new ClassPathResource("book/fonts/DroidSansFallbackFull.ttf").getInputStream()) {
			this.chinese = font.readAllBytes();
		}
	}

	/** The template rendered with {@code variables}, as PDF bytes. */
	byte[] render(String template, Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(Platform.LOCALE, variables));
		var pdf = new ByteArrayOutputStream(64 * 1024);
		TrueTypeFont chineseFont = borrowChinese();
		// the renderer closes the document when it has written it; the try closes it again (a no-op) after a failure
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFastMode();
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.useFont(this.regular.toFile(), LATIN, 400, FontStyle.NORMAL, true);
			builder.useFont(this.bold.toFile(), LATIN, 700, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, chineseFont, true)), CHINESE, 400,
					FontStyle.NORMAL, true);
			builder.withProducer("shenbao");
			builder.withHtmlContent(html, "about:blank");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + template, ex);
		}
		finally {
			if (!this.chineseFonts.offer(chineseFont)) {
				closeQuietly(chineseFont);
			}
		}
		return pdf.toByteArray();
	}

	private TrueTypeFont borrowChinese() {
		TrueTypeFont font = this.chineseFonts.poll();
		if (font != null) {
			return font;
		}
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(this.chinese));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the Chinese font", ex);
		}
	}

	private static void closeQuietly(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			// a font over an in-memory buffer has nothing to release
		}
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
