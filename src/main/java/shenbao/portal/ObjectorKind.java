package shenbao.portal;

/** Who objects: a person under their real name, or a unit with its stamped letter (PDF). */
public enum ObjectorKind {

	PERSON, UNIT

}
