package shenbao.program;

/** SPEC §10: the field types a program definition uses. */
public enum FieldType {

	NUMBER, INTEGER, TEXT, DATE, BOOLEAN, LEVEL, COUNTS, TABLE;

	public boolean isNumeric() {
		return this == NUMBER || this == INTEGER;
	}

}
