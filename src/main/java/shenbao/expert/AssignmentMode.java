package shenbao.expert;

/** How an assignment was made: by the province by hand, or by the automatic balancing. */
public enum AssignmentMode {

	MANUAL, AUTO

}
