package shenbao.alliance.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.alliance.AllianceHistory.Summary;
import shenbao.identity.Units;

/**
 * Demo data (SPEC §11): the demo applicant (武威示范科技有限公司, 凉州区) leads a recognised alliance with the 2025
 * assessment on record, so a newcomer sees an alliance's history and can file this year's assessment. Runs after the
 * demo accounts exist (they are created by an ApplicationRunner, before the application is ready); creates only what
 * is missing.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class AllianceDemo {

	static final String FILE = "demo/alliance.properties";

	private final AllianceStore store;

	private final Units units;

	private final Clock clock;

	AllianceDemo(AllianceStore store, Units units, Clock clock) {
		this.store = store;
		this.units = units;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void create() {
		Properties demo = read();
		var lead = this.units.findByCreditCode(demo.getProperty("lead_credit_code")).orElse(null);
		String name = demo.getProperty("name");
		if (lead == null || this.store.taken(name, lead.id())) {
			return;
		}
		long id = this.store.insert(new AllianceStore.NewAlliance(name, demo.getProperty("tech_field"), lead.id(),
				lead.name(), lead.creditCode().value(), lead.regionCode(),
				Integer.parseInt(demo.getProperty("recognised_year")), null, demo.getProperty("registered_by"),
				this.clock.instant()));
		this.store.insertRecorded(id, Integer.parseInt(demo.getProperty("assessment_year")),
				new BigDecimal(demo.getProperty("assessment_total")), demo.getProperty("assessment_result"),
				new Summary(demo.getProperty("summary_lead_unit"), demo.getProperty("summary_work"),
						demo.getProperty("summary_results"), demo.getProperty("summary_next_year"),
						demo.getProperty("summary_problems")),
				this.clock.instant());
	}

	private static Properties read() {
		Properties demo = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
				StandardCharsets.UTF_8)) {
			demo.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
		return demo;
	}

}
