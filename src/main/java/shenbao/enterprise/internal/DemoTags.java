package shenbao.enterprise.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.Units;

/**
 * The embedded default's demo applicant carries two 企业标签, so that its workbench shows them and a policy the
 * province tags the same way is recommended to it. Runs when the application is ready, after the demo accounts; adds nothing twice.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class DemoTags {

	static final String DEMO_APPLICANT = "91620602MA72B3C49J";

	static final String[] TAGS = { "专精特新", "高新技术企业" };

	private final Units units;

	private final TagStore tags;

	private final Clock clock;

	DemoTags(Units units, TagStore tags, Clock clock) {
		this.units = units;
		this.tags = tags;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void tagDemoApplicant() {
		this.units.findByCreditCode(DEMO_APPLICANT).ifPresent(unit -> {
			for (String tag : TAGS) {
				this.tags.add(unit.id(), tag, "demo", this.clock.instant());
			}
		});
	}

}
