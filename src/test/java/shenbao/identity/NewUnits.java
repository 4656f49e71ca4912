package shenbao.identity;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, valid credit codes and usernames for tests that register units, unique within a test run (every run starts
 * from an empty database). The codes are made up: 91 (enterprise), 620602 (凉州区), an organisation code from a
 * counter with its GB 11714 check character, and the GB 32100 check character.
 */
final class NewUnits {

	private static final AtomicInteger SERIAL = new AtomicInteger(1000);

	private NewUnits() {
	}

	static String creditCode() {
		String organisation = String.format("%08d", SERIAL.incrementAndGet());
		String first17 = "91620602" + organisation + CreditCode.organisationCheck(organisation);
		return first17 + CreditCode.check(first17);
	}

	static String username() {
		return "unit-" + SERIAL.incrementAndGet();
	}

}
