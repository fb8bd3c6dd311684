package io.claimstream.parse.participants;

/** Who asks and who answers in an interview, as far as the text says: the first name offered for a side holds. */
final class Sides {
    String interviewer;
    String interviewee;
    /** The outlet that asks ({@code The Ledger spoke with him}) when no person does. */
    String outlet;

    void answering(String name) {
        if (interviewee == null && name != null && !name.equals(interviewer)) {
            interviewee = name;
        }
    }

    void asking(String name) {
        if (interviewer == null && name != null && !name.equals(interviewee)) {
            interviewer = name;
        }
    }
}
