package shenbao.identity;

/** A unit profile with the version an edit must carry back (optimistic locking). */
public record EditableUnitProfile(UnitProfile profile, long version) {
}
