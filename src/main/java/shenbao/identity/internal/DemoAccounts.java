package shenbao.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.identity.UnitType;
import shenbao.region.Regions;

/**
 * The demo units and accounts of SPEC §11, created at startup when {@code shenbao.demo.enabled} (the embedded
 * default; the {@code postgres} profile turns it off). Only what is missing is created, so a restart changes
 * nothing and a demo password someone changed stays changed. When the application is ready, one log block tells
 * whoever started it where to go and how to log in.
 */
@Component
@ConditionalOnBooleanProperty("shenbao.demo.enabled")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** SPEC §11: every demo account has this password. */
	static final String PASSWORD = "Demo@2026";

	static final String UNITS_FILE = "demo/identity-units.csv";

	static final String ACCOUNTS_FILE = "demo/identity-accounts.csv";

	private final AccountRepository accounts;

	private final UnitRepository units;

	private final PasswordEncoder passwords;

	private final Regions regions;

	private final Clock clock;

	private final Environment environment;

	DemoAccounts(AccountRepository accounts, UnitRepository units, PasswordEncoder passwords, Regions regions,
			Clock clock, Environment environment) {
		this.accounts = accounts;
		this.units = units;
		this.passwords = passwords;
		this.regions = regions;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		Map<String, Long> unitIds = new HashMap<>();
		for (List<String> row : read(UNITS_FILE, 6)) {
			String creditCode = new CreditCode(row.get(0)).value();
			Unit unit = this.units.findByCreditCode(creditCode)
				.orElseGet(() -> this.units.save(Unit.create(creditCode, row.get(1), UnitType.valueOf(row.get(2)),
						region(row.get(3)), row.get(4), row.get(5), this.clock.instant())
					.withProfileExtras(optional(row, 6), optional(row, 7) == null ? null
							: LocalDate.parse(Objects.requireNonNull(optional(row, 7))))));
			unitIds.put(creditCode, unit.id());
		}
		String hash = null;
		int created = 0;
		for (List<String> row : read(ACCOUNTS_FILE, 5)) {
			if (this.accounts.existsByUsername(row.get(0))) {
				continue;
			}
			hash = hash != null ? hash : this.passwords.encode(PASSWORD);
			String regionCode = row.get(2).isEmpty() ? null : region(row.get(2));
			Long unitId = row.get(4).isEmpty() ? null : unit(unitIds, row.get(4));
			this.accounts.save(Account.create(row.get(0), hash, Role.valueOf(row.get(1)), regionCode, unitId,
					row.get(3), this.clock.instant()));
			created++;
		}
		log.info("Demo data: {} account(s) created, the others already existed", created);
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port", "8080");
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		String list = read(ACCOUNTS_FILE, 5).stream()
			.map(row -> String.format("   %-15s %s", row.get(0), row.get(1)))
			.collect(Collectors.joining("\n"));
		log.info("""

				==================================================================
				 Shenbao is up: http://localhost:{}{}/
				 Demo accounts (SPEC §11), all with the password {}
				{}
				 API: POST /api/v1/auth/token, docs at /swagger-ui.html
				==================================================================""", port, contextPath, PASSWORD,
				list);
	}

	private static Long unit(Map<String, Long> unitIds, String creditCode) {
		Long id = unitIds.get(creditCode);
		if (id == null) {
			throw new IllegalStateException(ACCOUNTS_FILE + " names a unit missing from " + UNITS_FILE);
		}
		return id;
	}

	private String region(String code) {
		if (this.regions.find(code).isEmpty()) {
			throw new IllegalStateException("Demo data names unknown region " + code);
		}
		return code;
	}

	/** Rows of a small CSV without quoting; comments start with #, the first other line is the header. */
	/** Cell {@code index} of a row, null when the row is shorter or the cell empty (the optional columns). */
	private static @Nullable String optional(List<String> row, int index) {
		return index < row.size() && !row.get(index).isEmpty() ? row.get(index) : null;
	}

	/** The rows after the header; a row may carry more than {@code columns} cells (optional trailing columns). */
	private static List<List<String>> read(String file, int columns) {
		var resource = new ClassPathResource(file);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			List<List<String>> rows = new ArrayList<>();
			boolean header = true;
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				List<String> cells = List.of(line.split(",", -1)).stream().map(String::strip).toList();
				if (cells.size() < columns) {
					throw new IllegalStateException(file + " line " + number + ": expected " + columns + " columns");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
