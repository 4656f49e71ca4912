package shenbao.challenge;

/**
 * One participant of a consortium and where its confirmation stands. {@code status}: PENDING (waits for the unit),
 * CONFIRMED, DECLINED, UNREGISTERED (no unit on the platform has this credit code) or TAKEN (the unit is already in
 * another application this year, {@code otherApplication}). {@code taskCode} and {@code taskName}: the 榜单 task the
 * consortium takes up, what the participant confirms.
 */
public record Confirmation(long applicationId, String applicationNumber, String programCode, String leadUnitName,
		String creditCode, String unitName, Status status, @org.jspecify.annotations.Nullable String otherApplication,
		@org.jspecify.annotations.Nullable String taskCode, @org.jspecify.annotations.Nullable String taskName) {

	public enum Status {

		PENDING, CONFIRMED, DECLINED, UNREGISTERED, TAKEN;

		public String messageKey() {
			return "challenge.confirmation.status." + name();
		}

	}

}
