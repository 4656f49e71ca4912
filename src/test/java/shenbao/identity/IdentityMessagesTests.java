package shenbao.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import shenbao.identity.CreditCode.Defect;

import static org.assertj.core.api.Assertions.assertThat;

/** Every enum the identity module shows to people has its Chinese label. */
class IdentityMessagesTests {

	@Test
	void rolesUnitTypesAndCreditCodeDefectsHaveChineseLabels() throws IOException {
		Properties chinese = new Properties();
		try (InputStream in = new ClassPathResource("i18n/identity_zh_CN.properties").getInputStream()) {
			chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (Role role : Role.values()) {
			assertThat(chinese.getProperty(role.messageKey())).as(role.name()).isNotBlank();
		}
		for (UnitType type : UnitType.values()) {
			assertThat(chinese.getProperty(type.messageKey())).as(type.name()).isNotBlank();
		}
		for (Defect defect : Defect.values()) {
			assertThat(chinese.getProperty(defect.messageKey())).as(defect.name()).isNotBlank();
		}
		assertThat(chinese.getProperty(Role.COUNTY_REVIEWER.messageKey())).isEqualTo("县区工信部门经办");
		assertThat(chinese.getProperty(UnitType.UNIVERSITY.messageKey())).isEqualTo("高等院校");
	}

}
