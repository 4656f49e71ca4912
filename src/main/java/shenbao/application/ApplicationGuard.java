package shenbao.application;

/**
 * Lets a module that keeps rules across applications (揭榜挂帅: a unit appears in one application per year, as lead
 * or participant) take part in an applicant's steps. Every guard bean is called inside the step's transaction, after
 * the application module's own checks; throwing a {@link shenbao.platform.PlatformException} refuses the step and
 * rolls it back (a refused save keeps none of its values, as a refused credit code does).
 */
public interface ApplicationGuard {

	/** A draft was just created. */
	default void started(GuardedApplication application) {
	}

	/** A draft is being saved with these (merged) values. */
	default void saving(GuardedApplication application) {
	}

	/** The application passed its own checks and is about to move to its first (or returning) review level. */
	default void submitting(GuardedApplication application) {
	}

}
