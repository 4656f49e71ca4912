package shenbao.expert;

/**
 * How the province runs a program's round: how many experts score each application, and the load cap (SPEC §12:
 * the most applications one expert is given in this program).
 */
public record RoundSettings(int expertsPerApplication, int maxPerExpert) {

	public static final RoundSettings DEFAULT = new RoundSettings(3, 15);

}
