package shenbao.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.platform.RichText;
import shenbao.portal.ItemKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo's portal content ({@code demo/portal.yaml}): a few policies (two tagged, so the demo applicant sees 为您推荐)
 * and answers, written once when the portal has no policy yet. Tests switch it off
 * ({@code shenbao.demo.portal.enabled=false}) so that their own items are the only ones.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class PortalDemo {

	private static final Logger log = LoggerFactory.getLogger(PortalDemo.class);

	private final ItemStore items;

	private final Clock clock;

	private final boolean enabled;

	PortalDemo(ItemStore items, Clock clock, @Value("${shenbao.demo.portal.enabled:true}") boolean enabled) {
		this.items = items;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void create() {
		if (!this.enabled || !this.items.list(ItemKind.POLICY, null).isEmpty()) {
			return;
		}
		List<DemoItem> demo = read();
		for (DemoItem item : demo) {
			String html = RichText.sanitise(item.body());
			this.items.insert(item.kind(), item.title(), html, RichText.text(html), null, null, null,
					item.tags().isEmpty() ? null : String.join(",", item.tags()), this.clock.instant(), "demo");
		}
		log.info("Demo portal: {} item(s)", demo.size());
	}

	private static List<DemoItem> read() {
		try (InputStream in = new ClassPathResource("demo/portal.yaml").getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, new TypeReference<List<DemoItem>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record DemoItem(ItemKind kind, String title, List<String> tags, String body) {
	}

}
