package shenbao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Locked;
import shenbao.platform.Unauthenticated;

/**
 * Opaque bearer tokens for the open API (SPEC §10). A token is 32 random bytes, given to the client once; the
 * database keeps only its SHA-256, so a leaked table cannot be replayed.
 */
@Component
public class ApiTokens {

	private static final int TOKEN_BYTES = 32;

	/** Longer input cannot be one of ours; refusing it early keeps hashing cheap. */
	private static final int MAX_TOKEN_LENGTH = 128;

	private final SecureRandom random = new SecureRandom();

	private final Logins logins;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final IdentityProperties properties;

	ApiTokens(Logins logins, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			IdentityProperties properties) {
		this.logins = logins;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Checks the credentials exactly as the login form does (same lockout) and issues a token.
	 * @throws Unauthenticated wrong credentials or a disabled account (401)
	 * @throws Locked the account is locked after too many failures (423)
	 */
	public IssuedToken issue(String username, String password) {
		return switch (this.logins.attempt(username, password)) {
			case LoginOutcome.SignedIn signedIn -> this.transactions.execute(status -> store(signedIn.caller()));
			case LoginOutcome.BadCredentials bad -> throw new Unauthenticated("identity.login.bad-credentials");
			case LoginOutcome.Disabled disabled -> throw new Unauthenticated("identity.login.disabled");
			case LoginOutcome.Locked locked -> throw new Locked("identity.login.locked");
		};
	}

	/**
	 * The caller a token stands for, while it has not expired and its account is enabled. One statement on its own
	 * (autocommit, no transaction around it): every API call runs this before its own transaction, and a transaction
	 * here only added a round trip to the database (the {@code COMMIT}) to each of them. Nothing is cached, so an
	 * expired token or a disabled account is refused on the very next call.
	 */
	public Optional<Caller> find(String token) {
		if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, a.region_code, a.unit_id
				FROM api_token t JOIN account a ON a.id = t.account_id
				WHERE t.token_hash = :hash AND t.expires_at > :now AND a.enabled
				""")
			.param("hash", sha256(token))
			.param("now", OffsetDateTime.now(this.clock), Types.TIMESTAMP_WITH_TIMEZONE)
			.query((rs, row) -> new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("region_code"),
					rs.getObject("unit_id", Long.class)))
			.optional();
	}

	/** Revokes every token of the account: after a password reset, the old tokens must stop working too. */
	void revokeAll(long accountId) {
		this.jdbc.sql("DELETE FROM api_token WHERE account_id = :id").param("id", accountId).update();
	}

	private IssuedToken store(Caller caller) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = now();
		OffsetDateTime expiresAt = now.plus(this.properties.tokenValidity());
		// expired tokens of this account are of no use to anyone: drop them while we are here
		this.jdbc.sql("DELETE FROM api_token WHERE account_id = :account AND expires_at <= :now")
			.param("account", caller.accountId())
			.param("now", now, Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		this.jdbc.sql("""
				INSERT INTO api_token (token_hash, account_id, expires_at, created_at)
				VALUES (:hash, :account, :expiresAt, :createdAt)
				""")
			.param("hash", sha256(token))
			.param("account", caller.accountId())
			.param("expiresAt", expiresAt, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("createdAt", now, Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		return new IssuedToken(token, expiresAt);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** A freshly issued token: the only moment the token itself exists on the server side. */
	public record IssuedToken(String token, OffsetDateTime expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[expiresAt=" + this.expiresAt + "]";
		}

	}

}
