package shenbao.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import shenbao.deadline.Deadlines;
import shenbao.guide.CityGuides;
import shenbao.guide.GuideEdit;
import shenbao.identity.Accounts;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.StaffAccount;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo's guides (SPEC §11; {@code demo/guides.yaml}): 惠州市's published guide for smp-2024 and 武威市's combined
 * 2024 notice, written through {@link CityGuides} as their city reviewers, once (a city that has guides is left
 * alone). {@code shenbao.demo.guides.enabled=false} leaves them out where other tests need the province's windows
 * untouched.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class GuideDemo {

	private static final Logger log = LoggerFactory.getLogger(GuideDemo.class);

	private final CityGuides guides;

	private final GuideStore store;

	private final Accounts accounts;

	private final Programs programs;

	private final Deadlines deadlines;

	private final boolean enabled;

	GuideDemo(CityGuides guides, GuideStore store, Accounts accounts, Programs programs, Deadlines deadlines,
			@org.springframework.beans.factory.annotation.Value("${shenbao.demo.guides.enabled:true}") boolean enabled) {
		this.guides = guides;
		this.store = store;
		this.accounts = accounts;
		this.programs = programs;
		this.deadlines = deadlines;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (this.enabled) {
			write();
		}
	}

	/** Writes each demo guide whose city has none yet. */
	void write() {
		for (DemoGuide demo : read()) {
			StaffAccount account = this.accounts.staff(Set.of(Role.CITY_REVIEWER), demo.account().substring(5))
				.stream()
				.filter(each -> each.username().equals(demo.account()))
				.findFirst()
				.orElse(null);
			if (account == null || account.regionCode() == null || !this.store.ofCity(account.regionCode()).isEmpty()) {
				continue;
			}
			Caller caller = new Caller(account.id(), account.username(), account.displayName(), account.role(),
					account.regionCode(), null);
			ProgramDefinition first = this.programs.get(demo.programs().get(0));
			LocalDateTime closes = demo.closeDaysBeforeProvince() > 0
					? this.deadlines.applyCloses(first, null).minusDays(demo.closeDaysBeforeProvince()) : null;
			LocalDateTime countyCloses = demo.countyClosesAsProgram() ? first.windows().countyCloses() : null;
			this.guides.save(caller, new GuideEdit(null, demo.programs(), demo.title(), demo.body(), null, null, null,
					closes, false, demo.countyReview(), countyCloses, true, null));
			log.info("Demo guide of {} for {}", account.regionCode(), demo.programs());
		}
	}

	private static List<DemoGuide> read() {
		try (InputStream in = new ClassPathResource("demo/guides.yaml").getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, new TypeReference<List<DemoGuide>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record DemoGuide(String account, List<String> programs, String title, String body, int closeDaysBeforeProvince,
			@Nullable Boolean countyReview, boolean countyClosesAsProgram) {
	}

}
