package shenbao.document;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second applicant unit with its own account (password as the demo accounts'), so that tests can show that one
 * unit never reaches another's files. Created once per database; every test class may ask for it.
 */
public final class SecondApplicant {

	public static final String USERNAME = "applicant-lanzhou";

	private static final String CREDIT_CODE = "91620102TEST00001X";

	private SecondApplicant() {
	}

	/** The unit's id. */
	public static long ensure(JdbcClient jdbc) {
		jdbc.sql("""
				INSERT INTO unit (credit_code, name, unit_type, region_code, contact_name, contact_phone, created_at)
				SELECT :code, '兰州测试材料有限公司', 'ENTERPRISE', '620102', '王芳', '0931-0000000', now()
				WHERE NOT EXISTS (SELECT 1 FROM unit WHERE credit_code = :code)
				""").param("code", CREDIT_CODE).update();
		jdbc.sql("""
				INSERT INTO account (username, password_hash, role, region_code, unit_id, display_name, created_at)
				SELECT :username, a.password_hash, 'APPLICANT', '620102', u.id, '王芳（兰州测试材料有限公司）', now()
				FROM account a, unit u
				WHERE a.username = 'applicant' AND u.credit_code = :code
				  AND NOT EXISTS (SELECT 1 FROM account WHERE username = :username)
				""").param("username", USERNAME).param("code", CREDIT_CODE).update();
		return jdbc.sql("SELECT id FROM unit WHERE credit_code = :code").param("code", CREDIT_CODE)
			.query(Long.class)
			.single();
	}

	/** The demo applicant's unit (SPEC §11: 武威示范科技有限公司). */
	public static long demoUnit(JdbcClient jdbc) {
		return jdbc.sql("SELECT unit_id FROM account WHERE username = 'applicant'").query(Long.class).single();
	}

}
