package shenbao.region;

/** The levels of the tree. A 市州 without counties (嘉峪关市, 东莞市, 中山市) has no COUNTY children. */
public enum RegionLevel {

	PROVINCE, CITY, COUNTY

}
