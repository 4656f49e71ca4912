package shenbao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ShenbaoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("identity", "region", "program", "scoring", "application", "review", "quota", "document",
					"export", "portal", "audit", "platform");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
